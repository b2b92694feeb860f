package org.newskg.e2e;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.newskg.cli.Main;

/**
 * One run of the command line in this JVM ({@link Main#run}), with what it printed.
 *
 * @param status its exit status
 * @param out    what it wrote to standard output
 * @param err    what it wrote to standard error
 */
record Cli(int status, String out, String err) {

    /** Runs {@code newskg ARGS...}, capturing System.out and System.err while it runs. */
    static synchronized Cli run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            status = Main.run(args);
            o.flush();
            e.flush();
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Cli(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
