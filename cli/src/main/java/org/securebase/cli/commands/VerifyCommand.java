package org.securebase.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.UserError;
import org.securebase.usecase.CertificateRecords;
import org.securebase.usecase.Workspace;
import org.securebase.cli.terminal.Shown;
import org.securebase.export.certificate.CertificateCheck;
import org.securebase.export.certificate.CertificateVerifier;
import org.securebase.export.verification.SignedFields;
import org.securebase.export.verification.VerificationCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Checks a certificate: offline, a PDF against the sponsor's public key; or a certificate
 * number and typed code against the store, printing the recorded fields to compare with the
 * paper and reporting a revoked certificate.
 *
 * @since 0.1
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check a certificate.",
                "  verify FILE.pdf [--public-key FILE]   offline, with the sponsor's public key",
                "  verify NUMBER CODE                    against the store: prints what was issued"},
        footer = {"", "Exit codes: 0 valid, 1 not valid (or revoked, or not found), 2 usage error."})
public final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "FILE.pdf | NUMBER CODE")
    List<String> args;

    @Option(names = "--public-key", paramLabel = "FILE",
            description = "The sponsor's published public key (default: this workspace's key).")
    Path publicKey;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Workspace workspace = GlobalOptions.of(spec).workspace();
        int code = args.size() == 1 ? checkPdf(out, workspace, Path.of(args.get(0))) : checkNumber(out, workspace);
        out.flush();
        return code;
    }

    private int checkPdf(PrintWriter out, Workspace workspace, Path pdf) {
        if (!Files.isRegularFile(pdf)) {
            throw new UserError("no such file: " + pdf);
        }
        CertificateCheck check = new CertificateVerifier(workspace.verifyingKey(publicKey)).check(pdf);
        if (check.valid()) {
            out.println("VALID: " + pdf + " was issued with this key and has not been altered.");
        } else {
            out.println("NOT VALID (" + check.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "): "
                    + check.detail());
        }
        check.signedFields().ifPresent(f -> printFields(out, f));
        return check.valid() ? ExitCodes.OK : ExitCodes.INPUT;
    }

    private int checkNumber(PrintWriter out, Workspace workspace) {
        String number = args.get(0);
        String typed;
        try {
            typed = VerificationCode.normalise(args.get(1));
        } catch (IllegalArgumentException e) {
            throw new UserError("'" + args.get(1) + "' is not a verification code: " + e.getMessage(), e);
        }
        CertificateRecords.Recorded found = new CertificateRecords(workspace, GlobalOptions.of(spec).clock()).find(number).orElse(null);
        if (found == null) {
            out.println("NOT FOUND: no certificate number " + number + " in " + workspace.database());
            return ExitCodes.INPUT;
        }
        if (!VerificationCode.normalise(found.lookupCode()).equals(typed)) {
            out.println("NOT VALID: certificate " + number + " exists, but its code is not " + args.get(1));
            return ExitCodes.INPUT;
        }
        if (found.revoked()) {
            out.println("REVOKED on " + found.revokedAt() + ": " + found.revocationReason());
        } else {
            out.println("FOUND: certificate " + number + " was issued on " + found.issuedAt()
                    + ". Compare these recorded fields with the paper:");
        }
        printFields(out, SignedFields.parse(found.fields().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return found.revoked() ? ExitCodes.INPUT : ExitCodes.OK;
    }

    private static void printFields(PrintWriter out, SignedFields fields) {
        for (SignedFields.Field f : fields.fields()) {
            out.printf("  %-22s %s%n", f.name(), Shown.safe(f.value()));
        }
    }
}
