package org.securebase.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.securebase.export.certificate.CertificateData;
import org.securebase.export.certificate.Score;
import org.securebase.export.certificate.Trainee;
import org.securebase.model.course.CertificateSettings;
import org.securebase.model.course.Course;
import org.securebase.model.course.Credits;
import org.securebase.model.course.Instructor;
import org.securebase.model.course.Paper;
import org.securebase.model.course.ProgramDates;
import org.securebase.model.course.Sponsor;

/** Courses, trainees and certificate data for export tests, modelled on the course format example. */
public final class ExportFixtures {
    /** The approval statement of the course format example, exactly. */
    public static final String APPROVAL = "Riverside Counseling Training Institute is approved to sponsor continuing"
            + " education for counselors and marriage and family therapists and maintains responsibility for this"
            + " program and its content.";

    private ExportFixtures() {
    }

    /** The course of {@code course-example.xml}, with a provider number and approving body added. */
    public static Course anyCourse() {
        return course(Paper.LETTER, false);
    }

    /** The example course on the given paper, printing the score or not. */
    public static Course course(Paper paper, boolean showScore) {
        return new Course("eft-foundations-2027-spring", "eft-foundations-post",
                "Foundations of Emotionally Focused Therapy",
                new Sponsor("Riverside Counseling Training Institute", "DEMO-4417", "Northbridge Board of Counseling Education (fictional)"),
                new Credits(new BigDecimal("6.0"), "CE"), APPROVAL, new Instructor("Dr. Amara Okafor", "PhD, LMFT"),
                new ProgramDates(LocalDate.of(2027, 3, 13), LocalDate.of(2027, 3, 14)), "Online (live, interactive)",
                "Live online (interactive webinar)", new CertificateSettings(paper, showScore));
    }

    /** Trainees whose names need accents, ligature-prone letters, Greek and Cyrillic. */
    public static List<Trainee> anyTrainees() {
        return List.of(
                new Trainee("t-001", "Zoë Ffion Østergaard-Lefèvre", "LMFT 120934", "Northbridge"),
                new Trainee("t-002", "Σωκράτης Παπαδόπουλος", "ΑΔ 5521", "Ελλάδα"),
                new Trainee("t-003", "Анна Сергеевна Кузнецова", null, null),
                new Trainee("t-004", "Maëlys Château-Ruiz", "LPCC 8812", "Oregon"));
    }

    /** A certificate for a trainee of the example course. */
    public static CertificateData anyCertificate(Trainee trainee, String number, boolean sample) {
        return new CertificateData(anyCourse(), trainee, LocalDate.of(2027, 3, 14), number,
                new Score(new BigDecimal("42"), new BigDecimal("48")), sample);
    }

    /** A real (not sample) certificate for the first trainee. */
    public static CertificateData anyCertificate() {
        return anyCertificate(anyTrainees().get(0), "RCTI-2027-000123", false);
    }
}
