package org.newskg.cli;

import org.newskg.NewsKg;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.function.UnaryOperator;

/** The {@code newskg} program. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (0 ok, 1 failure, 2 usage). */
    public static int run(String... args) {
        return run(new CommandLine(new NewsKgCommand()), args);
    }

    /**
     * Runs the command line with a change to every NewsKG it builds and its own output streams
     * (tests: share an already loaded pipeline, read what the program printed).
     */
    static int run(UnaryOperator<NewsKg.Builder> setup, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new NewsKgCommand(setup));
        cl.setOut(out);
        cl.setErr(err);
        return run(cl, args);
    }

    private static int run(CommandLine cl, String... args) {
        Errors errors = new Errors();
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        try {
            return cl.execute(args);
        } catch (Error e) {
            // picocli's handler sees only Exceptions: an Error (out of memory) reaches here
            return Errors.fatal(e, cl.getErr(), java.util.Arrays.asList(args).contains("--stacktrace"));
        }
    }
}
