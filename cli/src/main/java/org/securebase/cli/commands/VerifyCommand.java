package org.securebase.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.UserError;
import org.securebase.cli.workspace.Workspace;
import org.securebase.export.certificate.CertificateCheck;
import org.securebase.export.certificate.CertificateVerifier;
import org.securebase.export.verification.PublishedKeys;
import org.securebase.export.verification.RevocationList;
import org.securebase.export.verification.Revocations;
import org.securebase.export.verification.SignedFields;
import org.securebase.export.verification.VerificationCode;
import org.securebase.export.verification.VerificationException;
import org.securebase.quiz.store.Certificate;
import org.securebase.quiz.store.IssuedCertificate;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.RevokedCertificate;
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
        footer = {"", "Exit codes: 0 valid, 1 not valid (or revoked, or not found), 2 usage error."})
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
        Workspace workspace = Workspace.of(GlobalOptions.of(spec));
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
        } else if (databaseGiven() && Files.exists(workspace.database())) {
            try (ResultStore store = workspace.openExisting()) {
                check = verifier.check(pdf, storeRevocations(store, workspace));
            }
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

    private static Revocations storeRevocations(ResultStore store, Workspace workspace) {
        return new Revocations() {
            @Override
            public java.util.Optional<RevocationList.Entry> revocation(String number) {
                Certificate found = store.certificate(number).orElseThrow(() -> new UserError("the store "
                        + workspace.database() + " holds no certificate " + number
                        + ": it was not issued from this store; check it against the sponsor's revocation list instead"));
                return found instanceof RevokedCertificate r
                        ? java.util.Optional.of(new RevocationList.Entry(number, r.revokedAt(), r.reason()))
                        : java.util.Optional.empty();
            }

            @Override
            public String source() {
                return "the store " + workspace.database();
            }
        };
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
        try (ResultStore store = workspace.openExisting()) {
            Certificate found = store.certificate(number).orElse(null);
            if (found == null) {
                out.println("NOT FOUND: no certificate number " + number + " in " + workspace.database());
                return ExitCodes.INPUT;
            }
            IssuedCertificate issued = found instanceof RevokedCertificate r ? r.issued() : (IssuedCertificate) found;
            if (!VerificationCode.normalise(issued.lookupCode()).equals(typed)) {
                out.println("NOT VALID: certificate " + number + " exists, but its code is not " + args.get(1));
                return ExitCodes.INPUT;
            }
            if (found instanceof RevokedCertificate r) {
                out.println("REVOKED on " + r.revokedAt() + ": " + r.reason());
            } else {
                out.println("FOUND: certificate " + number + " was issued on " + issued.issuedAt()
                        + ". Compare these recorded fields with the paper:");
            }
            printFields(out, SignedFields.parse(issued.fields().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return found instanceof RevokedCertificate ? ExitCodes.INPUT : ExitCodes.OK;
        }
    }

    private static void printFields(PrintWriter out, SignedFields fields) {
        for (SignedFields.Field f : fields.fields()) {
            out.printf("  %-22s %s%n", f.name(), f.value());
        }
    }
}
