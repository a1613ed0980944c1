package org.securebase.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.UserError;
import org.securebase.cli.workspace.Workspace;
import org.securebase.quiz.store.StoreHealth;
import org.securebase.quiz.store.ResultStore;
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
            if (Files.exists(target)) {
                throw new UserError(target + " already exists; choose a new file name for the backup");
            }
            try (ResultStore store = Workspace.of(GlobalOptions.of(spec)).openExisting()) {
                store.backup(target);
            }
            spec.commandLine().getOut().println("backed up to " + target.toAbsolutePath());
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
            try (ResultStore store = Workspace.of(GlobalOptions.of(spec)).openExisting()) {
                StoreHealth health = store.health();
                PrintWriter out = spec.commandLine().getOut();
                if (health.isSound()) {
                    out.println("ok");
                } else {
                    out.println("the result store " + store.file() + " is damaged; restore it from a backup:");
                    health.problems().forEach(p -> out.println("  " + p));
                }
                out.flush();
                return health.isSound() ? ExitCodes.OK : ExitCodes.INPUT;
            }
        }
    }
}
