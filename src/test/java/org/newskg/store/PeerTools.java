package org.newskg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Other people's RDF tools, run as processes: Raptor's {@code rapper} and Debian's Python 3
 * with rdflib or SPARQLWrapper. Tests ask whether a tool is here and skip themselves if not.
 * Debian's packages live in {@code /usr/bin/python3}'s path, so that interpreter is used,
 * not whatever {@code python3} is first on the PATH.
 */
public final class PeerTools {

    /** Raptor's command-line parser and serializer (Debian package raptor2-utils). */
    public static final Path RAPPER = Path.of("/usr/bin/rapper");
    /** The system Python that sees python3-rdflib and python3-sparqlwrapper. */
    public static final Path PYTHON = Path.of("/usr/bin/python3");

    private static final long TIMEOUT_SECONDS = 120;

    private PeerTools() {
    }

    /** What a finished process printed, and its exit status. */
    public record Result(int exit, String out, String err) {

        /** Standard output, standard error and the exit status, for assertion messages. */
        public String describe() {
            return "exit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    /** True when rapper is installed. */
    public static boolean hasRapper() {
        return Files.isExecutable(RAPPER);
    }

    /** True when the system Python can import the module. */
    public static boolean hasPythonModule(String module) {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        try {
            return run(List.of(PYTHON.toString(), "-c", "import " + module)).exit() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs a Python program given as text, with arguments. */
    public static Result python(String program, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), "-c", program));
        command.addAll(List.of(args));
        return run(command);
    }

    /** Runs a command to its end (at most two minutes) and collects what it printed. */
    public static Result run(List<String> command) throws IOException {
        Path out = Files.createTempFile("peer", ".out");
        Path err = Files.createTempFile("peer", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().put("PYTHONIOENCODING", "utf-8");
            Process p = pb.start();
            if (!waitFor(p)) {
                p.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static boolean waitFor(Process p) throws IOException {
        try {
            return p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a process", e);
        }
    }
}
