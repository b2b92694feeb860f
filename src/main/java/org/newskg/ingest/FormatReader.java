package org.newskg.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads the documents of one file of its format and emits them, or problems, to the sink. */
interface FormatReader {

    /**
     * Reads the file. Problems with the content go to the sink; an I/O failure is thrown.
     *
     * @param file a regular, non-empty file that does not look binary
     * @param sink where each result goes, as soon as it is known
     */
    void read(Path file, Consumer<Input> sink) throws IOException;
}
