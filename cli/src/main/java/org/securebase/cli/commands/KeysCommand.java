package org.securebase.cli.commands;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.securebase.usecase.OutputFiles;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.usecase.Workspace;
import org.securebase.export.verification.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Exports the public half of the certificate signing key, for the sponsor to publish so anyone
 * can check a certificate offline.
 *
 * @since 0.1
 */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Manage the certificate signing key.",
        subcommands = KeysCommand.Export.class)
public final class KeysCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code keys export}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the public key (PEM) for publishing; creates the key pair on first use.")
    public static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where to write it (default: print it).")
        Path out;

        @Option(names = "--force", description = "Replace an existing file.")
        boolean force;

        @Override
        public Integer call() throws Exception {
            Workspace workspace = GlobalOptions.of(spec).workspace();
            SigningKey key = workspace.signingKey();
            String pem = key.verifyingKey().toPem();
            if (out == null) {
                spec.commandLine().getOut().print(pem);
            } else {
                Path written = OutputFiles.writeFile(out, force, p -> Files.writeString(p, pem, StandardCharsets.US_ASCII));
                spec.commandLine().getOut().println("wrote the public key (id " + key.verifyingKey().keyId() + ") to " + written);
            }
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
