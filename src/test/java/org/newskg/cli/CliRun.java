package org.newskg.cli;

import org.newskg.NewsKg;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.UnaryOperator;

/** Runs the command line in this JVM and keeps its exit status, stdout and stderr. */
record CliRun(int status, String out, String err) {

    static CliRun of(UnaryOperator<NewsKg.Builder> setup, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status;
        try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
            status = Main.run(setup, o, e, args);
        }
        return new CliRun(status, out.toString(), err.toString());
    }

    /** True when stderr shows no Java exception or stack frame. */
    boolean noStackTrace() {
        return !err.contains("Exception") && !err.contains("\tat ");
    }

    @Override
    public String toString() {
        return "exit " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
