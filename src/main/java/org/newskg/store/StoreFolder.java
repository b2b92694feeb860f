package org.newskg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Checks on a store folder before and after TDB2 opens it. */
final class StoreFolder {

    /** TDB2 keeps its data in generation folders Data-0001, Data-0002, ... */
    private static final Pattern GENERATION = Pattern.compile("Data-\\d+");
    private static final String LOCK_FILE = "tdb.lock";

    private StoreFolder() {
    }

    /** Creates the folder if missing; refuses a file or a non-empty folder that is not TDB2. */
    static void prepare(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException("not a NewsKG store: " + dir + " (it is a file, not a folder)");
        }
        try {
            Files.createDirectories(dir);
            if (!isEmptyOrTdb2(dir)) {
                throw new StoreException("not a NewsKG store: " + dir
                        + " (it has files but no TDB2 database)");
            }
        } catch (IOException e) {
            throw new StoreException("cannot use store folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmptyOrTdb2(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.allMatch(StoreFolder::belongsToTdb2) || hasGeneration(dir);
        }
    }

    private static boolean belongsToTdb2(Path entry) {
        String name = entry.getFileName().toString();
        return name.equals(LOCK_FILE) || (GENERATION.matcher(name).matches() && Files.isDirectory(entry));
    }

    private static boolean hasGeneration(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(e -> Files.isDirectory(e)
                    && GENERATION.matcher(e.getFileName().toString()).matches());
        }
    }

    /** True when the folder holds a TDB2 database (a generation folder Data-NNNN). */
    static boolean holdsStore(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try {
            return hasGeneration(dir);
        } catch (IOException e) {
            return false;
        }
    }

    /** The one-line message for a reader pointed at a folder with no store. */
    static String noStoreMessage(Path dir) {
        return "no NewsKG store at " + dir + " (create one with newskg ingest)";
    }

    /**
     * Bytes the folder takes on disk. TDB2's files are sparse (each index file claims 8 MB from
     * the start), so their apparent size says little: the allocated size comes from {@code du}
     * where there is one, else the apparent size is the answer.
     */
    static long bytesOnDisk(Path dir) {
        long allocated = allocatedBytes(dir);
        return allocated >= 0 ? allocated : apparentBytes(dir);
    }

    private static long allocatedBytes(Path dir) {
        try {
            Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (du.waitFor() != 0) {
                return -1;
            }
            String kb = out.split("\\s+")[0];
            return kb.matches("\\d+") ? Long.parseLong(kb) * 1024 : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static long apparentBytes(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(StoreFolder::size).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The process id written in the TDB2 lock file, if it can be read. */
    static Optional<Long> lockOwner(Path dir) {
        Path lock = dir.resolve(LOCK_FILE);
        try {
            String text = Files.readString(lock, StandardCharsets.UTF_8).trim();
            return text.matches("\\d+") ? Optional.of(Long.parseLong(text)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** True when the lock file names a live process other than this one. */
    static boolean lockedByOther(Path dir) {
        long self = ProcessHandle.current().pid();
        return lockOwner(dir)
                .filter(pid -> pid != self)
                .flatMap(ProcessHandle::of)
                .map(ProcessHandle::isAlive)
                .orElse(false);
    }

    /** The one-line message for a store locked by another process. */
    static String inUseMessage(Path dir) {
        String pid = lockOwner(dir).map(String::valueOf).orElse("unknown");
        return "store " + dir + " is in use by another process (pid " + pid + ")";
    }
}
