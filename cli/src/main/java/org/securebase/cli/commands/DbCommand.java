package org.securebase.cli.commands;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.usecase.LookAfterStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Looks after the result database: a consistent backup while it is in use, and SQLite's own
 * integrity check.
 *
 * @since 0.1
 */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Back up or check the result database.",
        subcommands = {DbCommand.Backup.class, DbCommand.Check.class})
public final class DbCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code db backup FILE}. */
    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Copy the database safely while it is in use (a consistent snapshot, owner-only).")
    public static final class Backup implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The backup file to create (must not exist).")
        Path target;

        @Override
        public Integer call() {
            Path written = new LookAfterStore(GlobalOptions.of(spec).workspace()).backUp(target);
            spec.commandLine().getOut().println("backed up to " + written);
            spec.commandLine().getOut().flush();
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
}
