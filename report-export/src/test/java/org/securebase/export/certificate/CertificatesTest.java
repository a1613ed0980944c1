package org.securebase.export.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.securebase.export.ExportFixtures;
import org.securebase.export.Pdfs;
import org.securebase.export.typeset.FontSet;
import org.securebase.export.verification.SigningKey;
import org.securebase.model.course.Paper;

class CertificatesTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-15T09:30:00Z"), ZoneOffset.UTC);
    static final SigningKey KEY = SigningKey.generate();
    final Certificates certificates = new Certificates(FontSet.bundled(), KEY, CLOCK);

    @TempDir
    Path dir;

    @Test
    void printsEveryValueTheCourseAndTraineeGive() throws Exception {
        Path pdf = dir.resolve("c.pdf");
        IssuedCertificate issued = certificates.issue(ExportFixtures.anyCertificate(), pdf);
        String text = Pdfs.text(pdf);
        for (String expected : List.of("Zoë Ffion Østergaard-Lefèvre", "Licence No. LMFT 120934 · Northbridge",
                "Foundations of Emotionally Focused Therapy", "Riverside Counseling Training Institute",
                "Provider approval No. DEMO-4417", "Northbridge Board of Counseling Education (fictional)", "6.0 CE hours",
                "Live online (interactive webinar)", "March 13–14, 2027", "Online (live, interactive)",
                "Completed on March 14, 2027", "Dr. Amara Okafor", "PhD, LMFT", "RCTI-2027-000123", issued.code(),
                issued.verificationString())) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in: " + text);
        }
        assertTrue(Pdfs.squeezed(pdf).contains(ExportFixtures.APPROVAL.replace(" ", "")),
                "the approval statement is printed exactly as the course gives it");
        assertEquals("RCTI-2027-000123", issued.number());
        assertEquals(pdf, issued.file());
    }

    @Test
    void embedsEveryFontAndNeverABase14Font() throws Exception {
        Path pdf = dir.resolve("c.pdf");
        certificates.issue(ExportFixtures.anyCertificate(), pdf);
        List<String> fonts = Pdfs.fonts(pdf);
        assertFalse(fonts.isEmpty());
        assertTrue(fonts.stream().allMatch(f -> f.endsWith("embedded=true") && f.contains("DejaVu")), fonts::toString);
    }

    @Test
    void setsTitleAuthorSubjectAndCreationDate() throws Exception {
        Path pdf = dir.resolve("c.pdf");
        certificates.issue(ExportFixtures.anyCertificate(), pdf);
        Map<String, String> info = Pdfs.info(pdf);
        assertEquals("Certificate of Completion: Foundations of Emotionally Focused Therapy", info.get("Title"));
        assertEquals("Riverside Counseling Training Institute", info.get("Author"));
        assertEquals("Continuing-education certificate RCTI-2027-000123 for Zoë Ffion Østergaard-Lefèvre",
                info.get("Subject"));
        assertTrue(info.get("CreationDate").startsWith("D:20270315093000"), info.get("CreationDate"));
    }

    @ParameterizedTest
    @MethodSource("org.securebase.export.ExportFixtures#anyTrainees")
    void namesInAccentedLatinGreekAndCyrillicComeBackFromTheText(Trainee trainee) throws Exception {
        Path pdf = dir.resolve("c.pdf");
        certificates.issue(ExportFixtures.anyCertificate(trainee, "N-1", false), pdf);
        assertTrue(Pdfs.text(pdf).contains(trainee.name()), trainee::name);
    }

    @Test
    void normalisesCombiningAccentsToComposedLetters() throws Exception {
        Path pdf = dir.resolve("c.pdf");
        Trainee decomposed = new Trainee("t-9", "Zoe\u0308 Ame\u0301lie", null, null);
        IssuedCertificate issued = certificates.issue(ExportFixtures.anyCertificate(decomposed, "N-2", false), pdf);
        assertEquals("Zoë Amélie", issued.fields().value("trainee-name").orElseThrow());
        assertTrue(Pdfs.text(pdf).contains("Zoë Amélie"));
    }

    @Test
    void printsTheScoreOnlyWhenTheCourseAsks() throws Exception {
        Trainee t = ExportFixtures.anyTrainees().get(0);
        Score score = new Score(new BigDecimal("42"), new BigDecimal("48"));
        Path shown = dir.resolve("shown.pdf");
        Path hidden = dir.resolve("hidden.pdf");
        certificates.issue(new CertificateData(ExportFixtures.course(Paper.LETTER, true), t, LocalDate.of(2027, 3, 14),
                "N-3", score, false), shown);
        IssuedCertificate without = certificates.issue(new CertificateData(ExportFixtures.course(Paper.LETTER, false), t,
                LocalDate.of(2027, 3, 14), "N-4", score, false), hidden);
        assertTrue(Pdfs.text(shown).contains("Score 88%"), "42 of 48 is 87.5%, printed as 88%");
        assertFalse(Pdfs.text(hidden).contains("Score"));
        assertTrue(without.fields().value("score").isEmpty());
    }

    @Test
    void marksSimulatedDataAsSampleAndOnlyThen() throws Exception {
        Path sample = dir.resolve("s.pdf");
        Path real = dir.resolve("r.pdf");
        certificates.issue(ExportFixtures.anyCertificate(ExportFixtures.anyTrainees().get(1), "N-5", true), sample);
        certificates.issue(ExportFixtures.anyCertificate(ExportFixtures.anyTrainees().get(1), "N-6", false), real);
        assertTrue(Pdfs.text(sample).contains("SAMPLE"));
        assertFalse(Pdfs.text(real).contains("SAMPLE"));
    }

    @Test
    void usesLandscapeLetterOrA4AsTheCourseSays() throws Exception {
        Trainee t = ExportFixtures.anyTrainees().get(2);
        Path a4 = dir.resolve("a4.pdf");
        Path letter = dir.resolve("letter.pdf");
        certificates.issue(new CertificateData(ExportFixtures.course(Paper.A4, false), t, LocalDate.of(2027, 3, 14), "N-7",
                null, false), a4);
        certificates.issue(new CertificateData(ExportFixtures.course(Paper.LETTER, false), t, LocalDate.of(2027, 3, 14),
                "N-8", null, false), letter);
        assertEquals(List.of(842f, 595f), size(a4));
        assertEquals(List.of(792f, 612f), size(letter));
    }

    private static List<Float> size(Path pdf) throws Exception {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        try {
            var r = reader.getPageSizeWithRotation(1);
            return List.of((float) Math.round(r.getWidth()), (float) Math.round(r.getHeight()));
        } finally {
            reader.close();
        }
    }
}
