package org.newskg.cli;

import org.newskg.NewsKg;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.function.UnaryOperator;

/** The top command: lists the verbs. */
@Command(name = "newskg", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, versionProvider = NewsKgCommand.Version.class,
        description = "Turns news articles into a knowledge graph that can prove every fact it holds.",
        subcommands = {IngestCommand.class, ExtractCommand.class, QueryCommand.class, ExportCommand.class,
                ServeCommand.class, DocsCommand.class, StatsCommand.class, QueriesCommand.class, ValidateCommand.class,
                CompactCommand.class, BenchCommand.class, SparkExtractCommand.class, LoadCommand.class,
                CommandLine.HelpCommand.class})
final class NewsKgCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final UnaryOperator<NewsKg.Builder> setup;

    /** The program as users run it. */
    NewsKgCommand() {
        this(UnaryOperator.identity());
    }

    /** The program with a change to every NewsKG it builds (tests: share a loaded pipeline). */
    NewsKgCommand(UnaryOperator<NewsKg.Builder> setup) {
        this.setup = setup;
    }

    /** Applies this program's setup to a new builder. */
    NewsKg.Builder setUp(NewsKg.Builder b) {
        return setup.apply(b);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Version from the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"newskg " + NewsKg.version()};
        }
    }
}
