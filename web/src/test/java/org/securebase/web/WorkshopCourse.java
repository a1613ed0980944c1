package org.securebase.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.securebase.model.course.CertificateSettings;
import org.securebase.model.course.Course;
import org.securebase.model.course.Credits;
import org.securebase.model.course.Instructor;
import org.securebase.model.course.Paper;
import org.securebase.model.course.ProgramDates;
import org.securebase.model.course.Sponsor;

/** The course whose quiz the web tests serve when they need certificates: {@link WorkshopQuiz#everyType()}'s blueprint. */
final class WorkshopCourse {
    private WorkshopCourse() {
    }

    static Course ofEveryTypeQuiz() {
        return new Course("workshop-every-type-2026", WorkshopQuiz.everyType().blueprintId(), "Every Question Type Workshop",
                new Sponsor("Riverside Counseling Training Institute", "DEMO-4417", "Northbridge Board (fictional)"),
                new Credits(new BigDecimal("2.0"), "CE"), "Approved for the tests of the web delivery only.",
                new Instructor("Dr. Amara Okafor", "PhD, LMFT"),
                new ProgramDates(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)), "Room 4", "In person",
                new CertificateSettings(Paper.LETTER, true));
    }
}
