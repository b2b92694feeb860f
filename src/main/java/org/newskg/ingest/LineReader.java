package org.newskg.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a byte stream line by line, never holding more than one line, and never more than a set
 * number of bytes of it: the rest of an overlong line is counted and dropped.
 */
final class LineReader implements Closeable {

    /**
     * One line without its line break.
     *
     * @param number  1-based line number
     * @param bytes   its bytes, at most the reader's limit
     * @param length  its full length in bytes
     */
    record Line(int number, byte[] bytes, long length) {

        /** True when the line was longer than the reader's limit and was cut. */
        boolean cut() {
            return length > bytes.length;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int end;
    private int lineNumber;

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        byte[] kept = new byte[256];
        int count = 0;
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == end && !fill()) {
                return any ? finish(kept, count, length) : null;
            }
            any = true;
            byte b = buffer[pos++];
            if (b == '\n') {
                return finish(kept, count, length);
            }
            length++;
            if (count < maxLineBytes) {
                if (count == kept.length) {
                    kept = Arrays.copyOf(kept, (int) Math.min((long) kept.length * 2, maxLineBytes));
                }
                kept[count++] = b;
            }
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }

    private Line finish(byte[] kept, int count, long length) {
        lineNumber++;
        boolean cr = count > 0 && count == length && kept[count - 1] == '\r';
        int size = cr ? count - 1 : count;
        return new Line(lineNumber, Arrays.copyOf(kept, size), cr ? length - 1 : length);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
