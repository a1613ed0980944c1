package org.securebase.export.certificate;

import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.securebase.export.certificate.CertificateCheck.Outcome;
import org.securebase.export.certificate.CertificateCheck.Revocation;
import org.securebase.export.typeset.Text;
import org.securebase.export.verification.PublishedKeys;
import org.securebase.export.verification.RevocationList;
import org.securebase.export.verification.Revocations;
import org.securebase.export.verification.Seal;
import org.securebase.export.verification.SignedFields;
import org.securebase.export.verification.VerificationException;
import org.securebase.export.verification.VerifyingKey;
import org.securebase.model.DomainException;

/**
 * Checks a certificate PDF offline with the sponsor's published keys: the whole file must be
 * signed (one PAdES signature whose byte range covers every byte but the signature value, by a
 * published key), the seal must cover the signed fields, every text region on the page must
 * read exactly what the signed fields say (after NFKC, whitespace ignored), and, when a
 * revocation list or store is given, the certificate must not be revoked.
 *
 * @since 0.1
 */
public final class CertificateVerifier {
    private final PublishedKeys keys;

    /** @param key the sponsor's published public key */
    public CertificateVerifier(VerifyingKey key) {
        this(PublishedKeys.of(key));
    }

    /** @param keys every key the sponsor publishes (current and retired) */
    public CertificateVerifier(PublishedKeys keys) {
        this.keys = keys;
    }

    /** Checks a certificate file without revocation; an unreadable file is {@link Outcome#NOT_A_PDF}. */
    public CertificateCheck check(Path pdf) {
        return check(pdf, null);
    }

    /**
     * Checks a certificate file.
     *
     * @param revocations the sponsor's revocation list or store; null when there is none to hand
     */
    public CertificateCheck check(Path pdf, Revocations revocations) {
        try {
            return check(Files.readAllBytes(pdf), revocations);
        } catch (IOException e) {
            return new CertificateCheck(Outcome.NOT_A_PDF, "cannot read " + pdf + ": " + e.getMessage(), null);
        }
    }

    /** Checks a certificate PDF's bytes without revocation. */
    public CertificateCheck check(byte[] pdf) {
        return check(pdf, null);
    }

    /**
     * Checks a certificate PDF's bytes.
     *
     * @param revocations the sponsor's revocation list or store; null when there is none to hand
     */
    public CertificateCheck check(byte[] pdf, Revocations revocations) {
        PdfReader reader;
        try {
            reader = new PdfReader(pdf);
        } catch (IOException | RuntimeException e) {
            return new CertificateCheck(Outcome.NOT_A_PDF, "the file is not a readable PDF: " + e.getMessage(), null);
        }
        try {
            CertificateCheck check = checkSigned(pdf, reader);
            return check.valid() ? revocation(check, revocations) : check;
        } catch (RuntimeException e) {
            return new CertificateCheck(Outcome.MALFORMED, "the PDF cannot be checked: " + e.getMessage(), null);
        } finally {
            reader.close();
        }
    }

    private CertificateCheck checkSigned(byte[] pdf, PdfReader reader) {
        Map<String, String> info = reader.getInfo();
        String encodedFields = info.get(Certificates.FIELDS_KEY);
        String sealText = info.get(Certificates.SEAL_KEY);
        PdfSignatures.Check whole = PdfSignatures.check(pdf, reader, keys);
        if (whole.outcome() == Outcome.NO_SIGNATURE && encodedFields != null && sealText != null) {
            return fieldsOnly(encodedFields, sealText);
        }
        if (!whole.valid()) {
            return new CertificateCheck(whole.outcome(), whole.problem(), null);
        }
        if (encodedFields == null || sealText == null) {
            return new CertificateCheck(Outcome.NO_SIGNATURE, "the PDF is signed but carries no SecureBase certificate"
                    + " fields: it was not issued by SecureBase", null);
        }
        SignedFields fields;
        Seal seal;
        try {
            fields = SignedFields.parse(Base64.getDecoder().decode(encodedFields.strip()));
            seal = Seal.parse(sealText);
        } catch (DomainException | IllegalArgumentException e) {
            return new CertificateCheck(Outcome.MALFORMED, "the embedded certificate data is malformed: " + e.getMessage(),
                    null);
        }
        if (!CertificateFields.KIND.equals(fields.kind())) {
            return new CertificateCheck(Outcome.MALFORMED, "the signed fields are '" + fields.kind() + "', expected '"
                    + CertificateFields.KIND + "'", fields);
        }
        Optional<VerifyingKey> key = keys.withId(seal.keyId());
        if (key.isEmpty() || !seal.verifies(key.get(), fields)) {
            return new CertificateCheck(Outcome.FIELDS_CHANGED, "the seal does not match the signed fields", fields);
        }
        List<String> differences;
        try {
            differences = differences(PrintedCertificate.of(fields, seal), PageRegions.of(reader));
        } catch (IOException | RuntimeException e) {
            return new CertificateCheck(Outcome.TEXT_DIFFERS, "the text of page 1 cannot be read: " + e.getMessage(),
                    fields);
        }
        if (!differences.isEmpty()) {
            return new CertificateCheck(Outcome.TEXT_DIFFERS, "the page does not show exactly the signed fields: "
                    + String.join("; ", differences), fields);
        }
        return new CertificateCheck(Outcome.VALID, "the whole file is signed by key " + seal.keyId() + " and certificate "
                + fields.value("number").orElse("?") + " for " + fields.value("trainee-name").orElse("?")
                + " shows exactly its signed fields", fields);
    }

    private CertificateCheck fieldsOnly(String encodedFields, String sealText) {
        try {
            SignedFields fields = SignedFields.parse(Base64.getDecoder().decode(encodedFields.strip()));
            Seal seal = Seal.parse(sealText);
            Optional<VerifyingKey> key = keys.withId(seal.keyId());
            String sealState = key.isPresent() && seal.verifies(key.get(), fields)
                    ? "its seal matches its fields (key " + seal.keyId() + ")"
                    : "its seal does not match its fields with the keys given (" + keys.ids() + ")";
            return new CertificateCheck(Outcome.FIELDS_ONLY, "this certificate was issued by SecureBase 0.1, which"
                    + " sealed the fields but not the file: " + sealState + ", but its page could have been altered;"
                    + " compare the fields below with the page, or look the number and code up with the sponsor", fields);
        } catch (DomainException | IllegalArgumentException e) {
            return new CertificateCheck(Outcome.MALFORMED, "the embedded certificate data is malformed: " + e.getMessage(),
                    null);
        }
    }

    private static CertificateCheck revocation(CertificateCheck valid, Revocations revocations) {
        if (revocations == null) {
            return valid;
        }
        String number = valid.fields().value("number").orElse("");
        Optional<RevocationList.Entry> revoked = revocations.revocation(number);
        if (revoked.isPresent()) {
            return new CertificateCheck(Outcome.REVOKED, "certificate " + number + " was revoked on "
                    + revoked.get().revokedAt() + " (" + revoked.get().reason() + "), according to " + revocations.source(),
                    valid.fields(), Revocation.REVOKED);
        }
        return new CertificateCheck(Outcome.VALID, valid.detail() + "; not revoked according to " + revocations.source(),
                valid.fields(), Revocation.NOT_REVOKED);
    }

    private static List<String> differences(PrintedCertificate expected, PageRegions page) {
        List<String> differences = new ArrayList<>(page.problems());
        Map<String, String> shown = page.texts();
        TreeSet<String> names = new TreeSet<>(expected.regions().keySet());
        names.addAll(shown.keySet());
        for (String region : names) {
            String want = expected.text(region);
            String got = shown.get(region);
            if (want == null) {
                differences.add("the page shows '" + got + "' as " + region + ", which the signed fields do not hold");
            } else if (got == null) {
                differences.add("the page does not show " + region + " '" + want + "'");
            } else if (!comparable(Text.visualOrder(want)).equals(comparable(got))) {
                differences.add(region + " reads '" + got + "', signed '" + want + "'");
            }
        }
        return differences;
    }

    /**
     * Unicode NFKC (ligatures and presentation forms fold to letters) without whitespace, which
     * wrapping moves, and without the zero-width joiner and non-joiner, which choose glyph shapes
     * and have no glyph of their own to read back.
     */
    private static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00AD\\u200C\\u200D]+", "");
    }
}
