package org.securebase.cli;

import org.securebase.cli.commands.ConceptsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root {@code securebase} command: the instructor's and trainee's entry to the kit.
 *
 * @since 0.1
 */
@Command(name = "securebase",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Training and assessment kit for attachment-based therapy education.",
        subcommands = {ConceptsCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 the input was wrong, 2 usage error, 3 internal failure."})
public final class SecureBase implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a subcommand, show the help. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line configured with the kit's failure handling, for the launcher and for tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SecureBase());
        cl.setExecutionExceptionHandler(new Failures());
        cl.setParameterExceptionHandler(Failures::handleParameterException);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
