package org.securebase.cli.commands;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.securebase.usecase.OutputFiles;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.OutputOptions;
import org.securebase.usecase.CertificateRecords;
import org.securebase.usecase.Workspace;
import org.securebase.export.verification.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Exports the public keys of the certificate signing key, and the signed list of revoked
 * certificates, for the sponsor to publish so anyone can check a certificate offline.
 *
 * @since 0.1
 */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Manage the certificate signing key.",
        subcommands = {KeysCommand.Export.class, KeysCommand.RevocationsList.class})
public final class KeysCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code keys export}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write the public keys (PEM) for publishing; creates the key pair on first use.",
                    "A store made by version 0.1 also exports its retired Ed25519 key, after the current one."})
    public static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        OutputOptions.WithDefault output;

        @Override
        public Integer call() throws Exception {
            Workspace workspace = GlobalOptions.of(spec).workspace();
            SigningKey key = workspace.signingKey();
            String pem = key.published().toPem();
            if (output.given().isEmpty()) {
                spec.commandLine().getOut().print(pem);
            } else {
                Path written = OutputFiles.writeFile(output.given().orElseThrow(), output.force(), p -> Files.writeString(p, pem, StandardCharsets.US_ASCII));
                spec.commandLine().getOut().println("wrote the public key (id " + key.verifyingKey().keyId() + ")"
                        + (key.published().keys().size() > 1 ? " and the retired keys (" + key.published().ids() + ")" : "")
                        + " to " + written);
            }
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    /** {@code keys revocations}. */
    @Command(name = "revocations", mixinStandardHelpOptions = true,
            description = {"Write the signed list of revoked certificates, to publish beside the public key.",
                    "Anyone can then check a certificate offline with 'verify FILE --revocations LIST'."})
    public static final class RevocationsList implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        OutputOptions.Required output;

        @Override
        public Integer call() throws Exception {
            CertificateRecords.PublishedList list = new CertificateRecords(GlobalOptions.of(spec).workspace(),
                    GlobalOptions.of(spec).clock()).revocationList();
            Path written = OutputFiles.writeFile(output.path(), output.force(), p -> Files.write(p, list.bytes()));
            spec.commandLine().getOut().println("wrote the revocation list (" + list.revoked() + " revoked, signed by key "
                    + list.keyId() + ") to " + written);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
