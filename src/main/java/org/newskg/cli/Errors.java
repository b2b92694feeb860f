package org.newskg.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Maps failures to exit codes and one line on stderr: 2 for bad usage, 1 for everything else.
 * A stack trace is printed only with {@code --stacktrace}.
 */
final class Errors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        err.println("newskg: " + ex.getMessage());
        err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
        if (Arrays.asList(args).contains("--stacktrace")) {
            ex.printStackTrace(err);
        }
        err.flush();
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        err.println("newskg: " + message(ex));
        if (parsed.expandedArgs().contains("--stacktrace")) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ex instanceof UsageError || ex instanceof IllegalArgumentException ? USAGE : FAILURE;
    }

    private static String message(Throwable ex) {
        Throwable t = ex;
        if (t instanceof UncheckedIOException && t.getCause() != null) {
            t = t.getCause();
        }
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return t.getClass().getSimpleName() + " (run again with --stacktrace for details)";
        }
        String first = m.lines().findFirst().orElse(m);
        if (t instanceof OutOfMemoryError) {
            return "out of memory: " + first + " (raise the heap with NEWSKG_HEAP=8g)";
        }
        return first;
    }

    /** Bad usage found after parsing (a value that does not fit). */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }
}
