package org.newskg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A look at the first bytes of a file: is it empty, binary or UTF-16 rather than readable text. */
final class FileProbe {

    /** How much of the file is looked at. */
    static final int SAMPLE_BYTES = 8192;

    /** More than this share of control bytes in the sample makes a file binary. */
    private static final double MAX_CONTROL_SHARE = 0.10;

    private FileProbe() {
    }

    /** Why the file cannot be text, or empty when it may be. */
    static Optional<String> reject(Path file) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
        }
        if (sample.length == 0) {
            return Optional.of("empty file");
        }
        if (isUtf16(sample)) {
            return Optional.of("UTF-16 text is not supported; save it as UTF-8");
        }
        if (isBinary(sample)) {
            return Optional.of("binary file, not text");
        }
        return Optional.empty();
    }

    private static boolean isUtf16(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    }

    private static boolean isBinary(byte[] sample) {
        int controls = 0;
        for (byte b : sample) {
            if (b == 0) {
                return true;
            }
            if (isControl(b & 0xFF)) {
                controls++;
            }
        }
        return controls > sample.length * MAX_CONTROL_SHARE;
    }

    private static boolean isControl(int b) {
        boolean textControl = b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x1B;
        return (b < 0x20 && !textControl) || b == 0x7F;
    }
}
