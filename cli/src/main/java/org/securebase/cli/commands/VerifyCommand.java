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
import org.securebase.export.verification.PublishedKeys;
import org.securebase.export.verification.RevocationList;
import org.securebase.export.verification.SignedFields;
import org.securebase.export.verification.VerificationCode;
import org.securebase.export.verification.VerificationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Checks a certificate: offline, a PDF against the sponsor's published keys (and, given the
 * sponsor's revocation list or the store, that it is not revoked); or a certificate number and
 * typed code against the store, printing the recorded fields to compare with the paper and
 * reporting a revoked certificate.
 *
 * @since 0.1
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check a certificate.",
                "  verify FILE.pdf [--public-key FILE] [--revocations FILE]   offline, with the sponsor's published key",
                "                                        (and revocation list); with --db also against that store",
                "  verify NUMBER CODE                    against the store: prints what was issued"},
        footer = {"", "Exit codes: 0 valid, 1 not valid (or revoked, or not found, or erased at the trainee's request),",
                "2 usage error."})
public final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "FILE.pdf | NUMBER CODE")
    List<String> args;

    @Option(names = "--public-key", paramLabel = "FILE",
            description = "The sponsor's published public key (default: this workspace's key).")
    Path publicKey;

    @Option(names = "--revocations", paramLabel = "FILE",
            description = "The sponsor's signed revocation list ('keys revocations' writes it), to check the PDF is not revoked.")
    Path revocations;

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
        PublishedKeys keys = workspace.publishedKeys(publicKey);
        CertificateVerifier verifier = new CertificateVerifier(keys);
        CertificateCheck check;
        if (revocations != null) {
            check = verifier.check(pdf, revocationList(keys));
        } else if (databaseGiven() && workspace.exists()) {
            check = verifier.check(pdf, new CertificateRecords(workspace, GlobalOptions.of(spec).clock()).revocations());
        } else {
            check = verifier.check(pdf);
        }
        if (check.valid()) {
            out.println("VALID: " + pdf + " is signed over every byte by the sponsor's key and shows exactly its signed fields.");
            out.println(check.revocation() == CertificateCheck.Revocation.NOT_CHECKED
                    ? "Revocation was NOT checked: give --revocations FILE (the list the sponsor publishes) or --db STORE."
                    : "Not revoked: " + check.detail().substring(check.detail().lastIndexOf("according to")) + ".");
        } else {
            out.println("NOT VALID (" + check.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "): "
                    + check.detail());
        }
        check.signedFields().ifPresent(f -> printFields(out, f));
        return check.valid() ? ExitCodes.OK : ExitCodes.INPUT;
    }

    private RevocationList revocationList(PublishedKeys keys) {
        try {
            return RevocationList.read(Files.readAllBytes(revocations), keys);
        } catch (java.io.IOException e) {
            throw new UserError("cannot read the revocation list " + revocations + ": " + e.getMessage(), e);
        } catch (VerificationException e) {
            throw new UserError("the revocation list " + revocations + " cannot be used: " + e.getMessage(), e);
        }
    }

    private boolean databaseGiven() {
        for (ParseResult r = spec.root().commandLine().getParseResult(); r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--db")) {
                return true;
            }
        }
        return false;
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
            out.println("NOT FOUND: no certificate number " + number + " in " + workspace.describe());
            return ExitCodes.INPUT;
        }
        if (!VerificationCode.normalise(found.lookupCode()).equals(typed)) {
            out.println("NOT VALID: certificate " + number + " exists, but its code is not " + args.get(1));
            return ExitCodes.INPUT;
        }
        if (found.erased()) {
            out.println("ERASED: certificate " + number + " was issued on " + found.issuedAt() + (found.revoked()
                    ? " and revoked on " + found.revokedAt() + " (" + Shown.safe(found.revocationReason()) + ")" : "")
                    + "; its record was erased at the trainee's request on " + found.erasedAt() + ".");
            out.println("The database no longer holds what was printed on it. The holder's PDF still verifies offline:"
                    + " verify FILE.pdf --public-key FILE.");
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
