package org.securebase.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.usecase.CopyStore;
import org.securebase.usecase.DatabaseRoles;
import org.securebase.usecase.LookAfterStore;
import org.securebase.usecase.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Looks after the result database: a consistent backup while it is in use (pg_dump for a store
 * on PostgreSQL), the integrity check, and copying a store between a file and a server.
 *
 * @since 0.1
 */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Back up, check or copy the result database; print the SQL of its PostgreSQL roles.",
        subcommands = {DbCommand.Backup.class, DbCommand.Check.class, DbCommand.Copy.class, DbCommand.Roles.class})
public final class DbCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code db backup FILE}. */
    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = {"Copy the database safely while it is in use (a consistent snapshot, owner-only).",
                    "On PostgreSQL this runs pg_dump (custom format, for pg_restore) when it is installed."})
    public static final class Backup implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The backup file to create (must not exist).")
        Path target;

        @Override
        public Integer call() {
            Workspace workspace = GlobalOptions.of(spec).workspace();
            Path written = new LookAfterStore(workspace).backUp(target);
            spec.commandLine().getOut().println("backed up to " + written + (workspace.onServer()
                    ? " with PostgreSQL's pg_dump (custom format: restore it with pg_restore)" : ""));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    /** {@code db copy --from STORE --to STORE}. */
    @Command(name = "copy", mixinStandardHelpOptions = true,
            description = {"Copy every result from one store into another, empty one: a file to a PostgreSQL server,"
                    + " or back. One transaction per batch of rows; afterwards each table's row count and content digest"
                    + " must be equal on both sides, or the copied rows are removed again."})
    public static final class Copy implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "FILE|URL",
                description = "The store to copy: an SQLite file or postgresql://HOST[:PORT]/DB?user=U.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "FILE|URL",
                description = "An empty or new store to copy into (a new file is created owner-only).")
        String to;

        @Override
        public Integer call() {
            CopyStore.Copied copied = new CopyStore(System.getenv()).copy(from, to);
            PrintWriter out = spec.commandLine().getOut();
            for (CopyStore.Table t : copied.tables()) {
                out.printf("%-16s %8d rows  sha256:%s%n", t.table(), t.rows(), t.digest());
            }
            out.println("copied " + copied.rows() + " rows from " + copied.from() + " to " + copied.to()
                    + "; every table's rows and digest are equal on both sides");
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code db check}. */
    @Command(name = "check", mixinStandardHelpOptions = true, description = "Check every page of the database and its row counts against its own bookkeeping.")
    public static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            LookAfterStore.Health health = new LookAfterStore(GlobalOptions.of(spec).workspace()).check();
            spec.commandLine().getOut().println(health.ok() ? "ok" : String.join(System.lineSeparator(), health.problems()));
            spec.commandLine().getOut().flush();
            return health.ok() ? ExitCodes.OK : ExitCodes.INPUT;
        }
    }

    /** {@code db roles}. */
    @Command(name = "roles", mixinStandardHelpOptions = true,
            description = {"Print the SQL that creates a delivery role (register trainees, sit, answer, submit) and an",
                    "instructor role (everything else) for the PostgreSQL database --db names; connects to nothing.",
                    "Run it as the database's owner: securebase --db URL db roles > roles.sql; psql -d DB -f roles.sql.",
                    "The delivery role still reads the quizzes and their keys, which it needs to score a submission;",
                    "see docs/store.md, 'Roles on a shared database', for what the grants do and do not protect."})
    public static final class Roles implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--delivery", paramLabel = "NAME", defaultValue = "securebase_delivery",
                description = "The delivery role's name (default: ${DEFAULT-VALUE}).")
        String delivery;

        @Option(names = "--instructor", paramLabel = "NAME", defaultValue = "securebase_instructor",
                description = "The instructor role's name (default: ${DEFAULT-VALUE}).")
        String instructor;

        @Override
        public Integer call() {
            spec.commandLine().getOut().print(new DatabaseRoles(GlobalOptions.of(spec).workspace()).sql(delivery, instructor));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
