package org.securebase.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.securebase.cli.commands.ConceptsCommand;
import org.securebase.cli.commands.CoverageCommand;
import org.securebase.cli.commands.ListCommand;
import org.securebase.cli.commands.NewCommand;
import org.securebase.cli.commands.ShowCommand;
import org.securebase.cli.commands.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root {@code securebase} command: the instructor's and trainee's entry to the kit. Holds
 * the global options every subcommand inherits.
 *
 * @since 0.1
 */
@Command(name = "securebase",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Training and assessment kit for attachment-based therapy education.",
        subcommands = {ConceptsCommand.class, ValidateCommand.class, ListCommand.class, ShowCommand.class,
                CoverageCommand.class, NewCommand.class, org.securebase.cli.commands.BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 the input was wrong, 2 usage error, 3 internal failure.",
                "Colours are used only on a terminal, never when NO_COLOR is set."})
public final class SecureBase implements Runnable {
    /** The database file used when {@code --db} is not given, in the working directory. */
    public static final String DEFAULT_DB = "securebase.db";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "The result database (SQLite). Default: ./" + DEFAULT_DB + " in the working directory.")
    Path db;

    @Option(names = "--library", scope = ScopeType.INHERIT, paramLabel = "PATH",
            description = "A vignette library folder or file (repeatable). Default: the bundled library.")
    List<Path> libraries = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Print only results and errors; no progress bars.")
    boolean quiet;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print details, and stack traces on failure.")
    boolean verbose;

    /** Without a subcommand, show the help. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The database file to use. */
    public Path database() {
        return db != null ? db : Path.of(DEFAULT_DB);
    }

    /** The libraries given with {@code --library}; empty means the bundled library. */
    public List<Path> libraries() {
        return List.copyOf(libraries);
    }

    /** True with {@code --quiet}. */
    public boolean quiet() {
        return quiet;
    }

    /** True with {@code --verbose}. */
    public boolean verbose() {
        return verbose;
    }

    /** True when progress bars may be drawn: a terminal, and not quiet. */
    public boolean interactive() {
        return !quiet && System.console() != null;
    }

    /** The root command object behind any subcommand's spec. */
    public static SecureBase of(CommandLine.Model.CommandSpec spec) {
        return (SecureBase) spec.root().userObject();
    }

    /** A command line configured with the kit's failure handling, for the launcher and for tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SecureBase());
        cl.setExecutionExceptionHandler(new Failures());
        cl.setParameterExceptionHandler(Failures::handleParameterException);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        if (System.getenv("NO_COLOR") != null) {
            cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        }
        return cl;
    }

    /**
     * Runs the command line and exits with its code. {@code securebase --version} alone is
     * answered before picocli builds the model of every subcommand, which is most of its
     * start-up time (see docs/performance.md); the line is the one picocli would print.
     */
    public static void main(String[] args) throws java.io.IOException {
        if (args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
            java.io.PrintStream out = System.out;
            out.println(VersionProvider.line());
            out.flush();
            System.exit(ExitCodes.OK);
        }
        System.exit(commandLine().execute(args));
    }
}
