package org.securebase.scenarios.xml;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.securebase.model.course.CertificateSettings;
import org.securebase.model.course.Course;
import org.securebase.model.course.Credits;
import org.securebase.model.course.Instructor;
import org.securebase.model.course.Paper;
import org.securebase.model.course.ProgramDates;
import org.securebase.model.course.Sponsor;
import org.securebase.scenarios.diagnostic.SourceMap;
import org.securebase.scenarios.xml.Binding.CourseElement;

/** Maps a bound course element to the model, each part reported at its own element. */
final class CourseMapping {

    /** The course (null when any part failed) and where it was written. */
    record Result(Course course, SourceMap source) {
    }

    Result map(CourseElement e, Problems p) {
        int errorsBefore = p.errorCount();
        Sponsor sponsor = e.sponsor == null ? null : VignetteMapping.attempt(p, e.sponsor.locator,
                () -> new Sponsor(e.sponsor.name, e.sponsor.providerNumber, e.sponsor.approvedBy));
        Credits credits = e.credits == null ? null : VignetteMapping.attempt(p, e.credits.locator,
                () -> new Credits(number(e.credits.hours), e.credits.kind));
        Instructor instructor = e.instructor == null ? null : VignetteMapping.attempt(p, e.instructor.locator,
                () -> new Instructor(e.instructor.name, e.instructor.credentials));
        ProgramDates dates = null;
        if (e.dates != null) {
            try {
                LocalDate start = LocalDate.parse(e.dates.start.strip());
                LocalDate end = LocalDate.parse(e.dates.end.strip());
                dates = VignetteMapping.attempt(p, e.dates.locator, () -> new ProgramDates(start, end));
            } catch (DateTimeParseException | NullPointerException ex) {
                p.error(e.dates.locator, "dates must be written YYYY-MM-DD, were '" + e.dates.start + "' and '" + e.dates.end + "'");
            }
        }
        CertificateSettings certificate = null;
        if (e.certificate != null) {
            Paper paper = e.certificate.paper == null ? null
                    : VignetteMapping.attempt(p, e.certificate.locator, () -> Paper.of(e.certificate.paper));
            certificate = new CertificateSettings(paper, Boolean.TRUE.equals(e.certificate.showScore));
        }
        SourceMap source = SourceMap.rootOnly(Problems.position(e.locator));
        if (p.errorCount() > errorsBefore) {
            return new Result(null, source);
        }
        ProgramDates d = dates;
        CertificateSettings c = certificate;
        Course course = VignetteMapping.attempt(p, e.locator, () -> new Course(e.id, e.quiz, e.title, sponsor, credits,
                e.approval, instructor, d, e.location, e.delivery, c));
        return new Result(course, source);
    }

    private static BigDecimal number(String text) {
        try {
            return text == null ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new org.securebase.model.ModelException("credit hours must be a number such as 6.0, was '" + text + "'");
        }
    }
}
