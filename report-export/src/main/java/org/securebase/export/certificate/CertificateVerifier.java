package org.securebase.export.certificate;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.securebase.export.certificate.CertificateCheck.Outcome;
import org.securebase.export.verification.Seal;
import org.securebase.export.verification.SignedFields;
import org.securebase.export.verification.VerificationException;
import org.securebase.export.verification.VerifyingKey;

/**
 * Checks a certificate PDF offline with the sponsor's public key alone: the signed fields and
 * seal must be embedded, the seal must come from this key and cover exactly these fields, and
 * the page must show the signed name, course, hours, completion date, number and code (and the
 * SAMPLE mark when the fields say the data is simulated).
 *
 * @since 0.1
 */
public final class CertificateVerifier {
    private final VerifyingKey key;

    /** @param key the sponsor's published public key */
    public CertificateVerifier(VerifyingKey key) {
        this.key = key;
    }

    /** Checks a certificate file; an unreadable file is {@link Outcome#NOT_A_PDF}. */
    public CertificateCheck check(Path pdf) {
        try {
            return check(Files.readAllBytes(pdf));
        } catch (IOException e) {
            return new CertificateCheck(Outcome.NOT_A_PDF, "cannot read " + pdf + ": " + e.getMessage(), null);
        }
    }

    /** Checks a certificate PDF's bytes. */
    public CertificateCheck check(byte[] pdf) {
        PdfReader reader;
        try {
            reader = new PdfReader(pdf);
        } catch (IOException | RuntimeException e) {
            return new CertificateCheck(Outcome.NOT_A_PDF, "the file is not a readable PDF: " + e.getMessage(), null);
        }
        try {
            return check(reader);
        } finally {
            reader.close();
        }
    }

    private CertificateCheck check(PdfReader reader) {
        Map<String, String> info = reader.getInfo();
        String encodedFields = info.get(Certificates.FIELDS_KEY);
        String sealText = info.get(Certificates.SEAL_KEY);
        if (encodedFields == null || sealText == null) {
            return new CertificateCheck(Outcome.NO_SIGNATURE, "the PDF carries no SecureBase signature: it was not"
                    + " issued by SecureBase, or its document information was removed", null);
        }
        SignedFields fields;
        Seal seal;
        try {
            fields = SignedFields.parse(Base64.getDecoder().decode(encodedFields.strip()));
            seal = Seal.parse(sealText);
        } catch (VerificationException | IllegalArgumentException e) {
            return new CertificateCheck(Outcome.MALFORMED, "the embedded signature data is malformed: " + e.getMessage(),
                    null);
        }
        if (!CertificateFields.KIND.equals(fields.kind())) {
            return new CertificateCheck(Outcome.MALFORMED, "the signed fields are '" + fields.kind() + "', expected '"
                    + CertificateFields.KIND + "'", fields);
        }
        if (!seal.keyId().equals(key.keyId())) {
            return new CertificateCheck(Outcome.WRONG_KEY, "the certificate was signed with key " + seal.keyId()
                    + ", not with the given key " + key.keyId(), fields);
        }
        if (!seal.verifies(key, fields)) {
            return new CertificateCheck(Outcome.FIELDS_CHANGED, "the signature does not match the embedded fields:"
                    + " they were changed after signing", fields);
        }
        String page;
        try {
            page = comparable(new PdfTextExtractor(reader).getTextFromPage(1));
        } catch (IOException | RuntimeException e) {
            return new CertificateCheck(Outcome.TEXT_DIFFERS, "the text of page 1 cannot be read: " + e.getMessage(),
                    fields);
        }
        if (!page.contains(comparable(seal.code()))) {
            return new CertificateCheck(Outcome.CODE_MISMATCH, "the page does not show the verification code "
                    + seal.code() + " that the signature gives", fields);
        }
        List<String> missing = new ArrayList<>();
        for (String expected : expectedOnPage(fields)) {
            if (!page.contains(comparable(expected))) {
                missing.add(expected);
            }
        }
        if (!missing.isEmpty()) {
            return new CertificateCheck(Outcome.TEXT_DIFFERS, "the page does not show these signed values: "
                    + String.join("; ", missing), fields);
        }
        return new CertificateCheck(Outcome.VALID, "signed by key " + key.keyId() + "; certificate "
                + fields.value("number").orElse("?") + " for " + fields.value("trainee-name").orElse("?")
                + " shows exactly its signed fields", fields);
    }

    private static List<String> expectedOnPage(SignedFields f) {
        List<String> expected = new ArrayList<>();
        f.value("number").ifPresent(expected::add);
        f.value("trainee-name").ifPresent(expected::add);
        f.value("licence-number").ifPresent(expected::add);
        f.value("course-title").ifPresent(expected::add);
        String hours = f.value("credit-hours").orElse("");
        String kind = f.value("credit-kind").orElse("");
        expected.add(hours + " " + kind);
        f.value("completed").ifPresent(d -> expected.add(displayDate(d)));
        f.value("approval").ifPresent(expected::add);
        if ("yes".equals(f.value("sample").orElse("no"))) {
            expected.add("SAMPLE");
        }
        return expected;
    }

    private static String displayDate(String iso) {
        try {
            return Wording.date(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** Folds ligatures (NFKC) and drops whitespace, so line breaks and glyph spacing do not matter. */
    private static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00AD]+", "");
    }
}
