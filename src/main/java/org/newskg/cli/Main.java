package org.newskg.cli;

import picocli.CommandLine;

/** The {@code newskg} program. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (0 ok, 1 failure, 2 usage). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new NewsKgCommand());
        Errors errors = new Errors();
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl.execute(args);
    }
}
