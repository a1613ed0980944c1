package org.securebase.export.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.securebase.export.ExportFixtures;
import org.securebase.export.Pdfs;
import org.securebase.export.certificate.CertificateCheck.Outcome;
import org.securebase.export.typeset.FontSet;
import org.securebase.export.verification.SignedFields;
import org.securebase.export.verification.SigningKey;
import org.securebase.model.course.Course;
import org.securebase.model.course.Credits;

class CertificateVerifierTest {
    static final SigningKey KEY = SigningKey.generate();
    final Certificates certificates = new Certificates(FontSet.bundled(), KEY, CertificatesTest.CLOCK);
    final CertificateVerifier verifier = new CertificateVerifier(KEY.verifyingKey());

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.securebase.export.ExportFixtures#anyTrainees")
    void acceptsAnUntouchedCertificateWithThePublicKeyAlone(org.securebase.export.certificate.Trainee trainee) {
        Path pdf = dir.resolve("c.pdf");
        certificates.issue(ExportFixtures.anyCertificate(trainee, "RCTI-1", true), pdf);
        CertificateCheck check = verifier.check(pdf);
        assertEquals(Outcome.VALID, check.outcome(), check.detail());
        assertTrue(check.valid());
    }

    @Test
    void refusesAPdfWithoutSignature() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph("Certificate of Completion"));
        doc.close();
        assertEquals(Outcome.NO_SIGNATURE, verifier.check(out.toByteArray()).outcome());
    }

    @Test
    void refusesAFileThatIsNotAPdf() {
        assertEquals(Outcome.NOT_A_PDF, verifier.check("not a pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .outcome());
    }

    @Test
    void namesTheWrongKey() {
        Path pdf = dir.resolve("c.pdf");
        certificates.issue(ExportFixtures.anyCertificate(), pdf);
        CertificateCheck check = new CertificateVerifier(SigningKey.generate().verifyingKey()).check(pdf);
        assertEquals(Outcome.WRONG_KEY, check.outcome());
    }

    static Stream<Arguments> alterations() {
        return Stream.of(
                Arguments.of("trainee-name", "Zoe Forger"),
                Arguments.of("course-title", "Advanced Emotionally Focused Therapy"),
                Arguments.of("credit-hours", "16.0"),
                Arguments.of("completed", "2027-04-01"));
    }

    @ParameterizedTest
    @MethodSource("alterations")
    void detectsSignedFieldsChangedInTheFileAsAnAlteredFile(String field, String newValue) throws Exception {
        Path pdf = dir.resolve("c.pdf");
        certificates.issue(ExportFixtures.anyCertificate(), pdf);
        byte[] altered = Pdfs.withInfo(pdf, info -> {
            SignedFields f = SignedFields.parse(Base64.getDecoder().decode(info.get(Certificates.FIELDS_KEY)));
            List<SignedFields.Field> changed = new ArrayList<>();
            for (SignedFields.Field x : f.fields()) {
                changed.add(x.name().equals(field) ? new SignedFields.Field(field, newValue) : x);
            }
            info.put(Certificates.FIELDS_KEY,
                    Base64.getEncoder().encodeToString(new SignedFields(f.kind(), changed).canonical()));
        });
        assertEquals(Outcome.ALTERED, verifier.check(altered).outcome());
    }

    static Stream<Arguments> forgeries() {
        UnaryOperator<CertificateData> name = d -> new CertificateData(d.course(),
                new Trainee(d.trainee().id(), "Mallory Forger", null, null), d.completed(), d.number(), d.score(), false);
        UnaryOperator<CertificateData> course = d -> new CertificateData(withTitle(d.course(), "Advanced EFT Supervision"),
                d.trainee(), d.completed(), d.number(), d.score(), false);
        UnaryOperator<CertificateData> hours = d -> new CertificateData(withHours(d.course(), "16.0"), d.trainee(),
                d.completed(), d.number(), d.score(), false);
        UnaryOperator<CertificateData> date = d -> new CertificateData(d.course(), d.trainee(), LocalDate.of(2027, 4, 2),
                d.number(), d.score(), false);
        return Stream.of(Arguments.of("name", name), Arguments.of("course", course), Arguments.of("hours", hours),
                Arguments.of("date", date));
    }

    @ParameterizedTest
    @MethodSource("forgeries")
    void detectsAPageWithAnotherCertificatesSignedDataAsAnAlteredFile(String what, UnaryOperator<CertificateData> change)
            throws Exception {
        Path genuine = dir.resolve("genuine.pdf");
        Path forged = dir.resolve("forged.pdf");
        CertificateData data = ExportFixtures.anyCertificate();
        certificates.issue(data, genuine);
        certificates.issue(change.apply(data), forged);
        var genuineInfo = Pdfs.info(genuine);
        byte[] withCopiedSignature = Pdfs.withInfo(forged, info -> {
            info.put(Certificates.FIELDS_KEY, genuineInfo.get(Certificates.FIELDS_KEY));
            info.put(Certificates.SEAL_KEY, genuineInfo.get(Certificates.SEAL_KEY));
        });
        Path out = dir.resolve("forged-with-genuine-signature.pdf");
        Files.write(out, withCopiedSignature);
        CertificateCheck check = verifier.check(out);
        assertEquals(Outcome.ALTERED, check.outcome(), what + ": " + check);
    }

    @Test
    void refusesRewrittenSignatureDataAsAnAlteredFile() throws Exception {
        Path pdf = dir.resolve("c.pdf");
        certificates.issue(ExportFixtures.anyCertificate(), pdf);
        byte[] broken = Pdfs.withInfo(pdf, info -> info.put(Certificates.SEAL_KEY, "SB1:nothex:abc"));
        assertEquals(Outcome.ALTERED, verifier.check(broken).outcome());
    }

    private static Course withTitle(Course c, String title) {
        return new Course(c.id(), c.quizId(), title, c.sponsor(), c.credits(), c.approval(), c.instructor(), c.dates(),
                c.location(), c.delivery(), c.certificate());
    }

    private static Course withHours(Course c, String hours) {
        return new Course(c.id(), c.quizId(), c.title(), c.sponsor(), new Credits(new BigDecimal(hours), "CE"),
                c.approval(), c.instructor(), c.dates(), c.location(), c.delivery(), c.certificate());
    }
}
