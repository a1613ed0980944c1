package org.securebase.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.securebase.quiz.store.StoreLocation;
import org.securebase.cli.commands.AuditCommand;
import org.securebase.cli.commands.BenchCommand;
import org.securebase.cli.commands.CertificatesCommand;
import org.securebase.cli.commands.ConceptsCommand;
import org.securebase.cli.commands.CoverageCommand;
import org.securebase.cli.commands.DemoCommand;
import org.securebase.cli.commands.ExportCommand;
import org.securebase.cli.commands.DbCommand;
import org.securebase.cli.commands.GradeCommand;
import org.securebase.cli.commands.GradebookCommand;
import org.securebase.cli.commands.HandoutsCommand;
import org.securebase.cli.commands.ImportCommand;
import org.securebase.cli.commands.KeysCommand;
import org.securebase.cli.commands.ListCommand;
import org.securebase.cli.commands.NewCommand;
import org.securebase.cli.commands.QuizCommand;
import org.securebase.cli.commands.ReportCommand;
import org.securebase.cli.commands.ServeCommand;
import org.securebase.cli.commands.RescoreCommand;
import org.securebase.cli.commands.ShowCommand;
import org.securebase.cli.commands.StatsCommand;
import org.securebase.cli.commands.TakeCommand;
import org.securebase.cli.commands.TraineeCommand;
import org.securebase.cli.commands.ValidateCommand;
import org.securebase.cli.commands.VerifyCommand;
import org.securebase.cli.support.Clocks;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
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
        resourceBundle = "org.securebase.cli.Options",
        versionProvider = VersionProvider.class,
        description = "Training and assessment kit for attachment-based therapy education.",
        subcommands = {DemoCommand.class, ConceptsCommand.class, ValidateCommand.class, ListCommand.class, ShowCommand.class,
                CoverageCommand.class, NewCommand.class, QuizCommand.class, TakeCommand.class, ServeCommand.class, ImportCommand.class,
                StatsCommand.class, AuditCommand.class, RescoreCommand.class, GradeCommand.class, GradebookCommand.class, CertificatesCommand.class,
                ReportCommand.class, HandoutsCommand.class, ExportCommand.class, VerifyCommand.class, KeysCommand.class, DbCommand.class, TraineeCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 the input was wrong, 2 usage error, 3 internal failure.",
                "Colours are used only on a terminal, never when NO_COLOR is set."})
public final class SecureBase implements Runnable, GlobalOptions {
    /** The database file used when {@code --db} is not given, in the working directory. */
    public static final String DEFAULT_DB = "securebase.db";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The environment variable naming the store when {@code --db} is not given. */
    public static final String DB_VARIABLE = "SECUREBASE_DB";

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "FILE|URL",
            description = {"The result database: an SQLite file, or postgresql://HOST[:PORT]/DB?user=U for a shared"
                    + " PostgreSQL server (password from PGPASSWORD or ~/.pgpass, never here).",
                    "Default: $" + DB_VARIABLE + ", else ./" + DEFAULT_DB + " in the working directory."})
    String db;

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

    private Clock clock = Clock.systemUTC();
    private InputStream in = System.in;

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public InputStream in() {
        return in;
    }

    @Override
    public StoreLocation location() {
        String named = db != null ? db : System.getenv(DB_VARIABLE);
        return StoreLocation.parse(named != null && !named.isBlank() ? named : DEFAULT_DB, System.getenv());
    }

    @Override
    public List<Path> libraries() {
        return List.copyOf(libraries);
    }

    @Override
    public boolean quiet() {
        return quiet;
    }

    @Override
    public boolean verbose() {
        return verbose;
    }

    /** A command line configured with the kit's failure handling, for the launcher and for tests. */
    public static CommandLine commandLine() {
        return commandLine(Clocks.fromProperty(), System.in);
    }

    /**
     * The command line with its clock and standard input given, as tests and embedding programs
     * run it.
     *
     * @param clock the time every command dates its results with
     * @param in what the commands that read answers read
     * @return the command line, ready to execute
     */
    public static CommandLine commandLine(Clock clock, InputStream in) {
        SecureBase root = new SecureBase();
        root.clock = clock;
        root.in = in;
        CommandLine cl = new CommandLine(root);
        cl.setExecutionExceptionHandler(new Failures());
        cl.setParameterExceptionHandler(Failures::handleParameterException);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        if (System.getenv("NO_COLOR") != null) {
            cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        }
        return cl;
    }

    /**
     * Runs the command line and exits with its code; even a JVM error ends in one line and exit
     * code 3. {@code securebase --version} alone is answered before picocli builds the model of
     * every subcommand, which is most of its start-up time (see docs/performance.md); the line is
     * the one picocli would print.
     */
    public static void main(String[] args) throws java.io.IOException {
        if (args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
            java.io.PrintStream out = System.out;
            out.println(VersionProvider.line());
            out.flush();
            System.exit(ExitCodes.OK);
        }
        // POI logs through the Log4j API; without this it prints a warning about a missing provider.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("securebase: out of memory; give the JVM more with SECUREBASE_JAVA_OPTS=-Xmx4g (or larger)");
            code = ExitCodes.INTERNAL;
        } catch (StackOverflowError e) {
            System.err.println("securebase: the input is nested too deeply to process (stack overflow)");
            code = ExitCodes.INTERNAL;
        }
        System.exit(code);
    }
}
