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

    /** One line for an {@link Error} (out of memory, stack overflow, ...), exit 1. */
    static int fatal(Error e, PrintWriter err, boolean stacktrace) {
        err.println("newskg: " + errorMessage(e));
        if (stacktrace) {
            e.printStackTrace(err);
        }
        err.flush();
        return FAILURE;
    }

    static String errorMessage(Error e) {
        long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        if (e instanceof OutOfMemoryError) {
            return "out of memory (" + firstLine(e) + ", heap " + maxMb + " MB): raise the heap, e.g. NEWSKG_HEAP=8g"
                    + " (or java -Xmx8g), or ingest with fewer --threads";
        }
        if (e instanceof StackOverflowError) {
            return "stack overflow: an input is too deeply nested to process (run again with --stacktrace for"
                    + " details)";
        }
        return "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e))
                + " (run again with --stacktrace for details)";
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
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
        return first;
    }

    /** Bad usage found after parsing (a value that does not fit). */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }
}
