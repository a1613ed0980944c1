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
import org.xml.sax.Locator;

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
            LocalDate start = date(e.dates.start, "start", e.dates.locator, p);
            LocalDate end = date(e.dates.end, "end", e.dates.locator, p);
            if (start != null && end != null) {
                dates = VignetteMapping.attempt(p, e.dates.locator, () -> new ProgramDates(start, end));
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

    /**
     * A calendar date; the schema's xs:date also allows a time zone ({@code 2027-03-13+01:00}) or
     * a year beyond 9999, which a programme date cannot use.
     */
    private static LocalDate date(String text, String attribute, Locator at, Problems p) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException | NullPointerException ex) {
            p.error(at, "attribute '" + attribute + "' of <dates> must be a date written YYYY-MM-DD, without a time zone, was '"
                    + text + "'");
            return null;
        }
    }

    private static BigDecimal number(String text) {
        try {
            return text == null ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new org.securebase.model.ModelException("credit hours must be a number such as 6.0, was '" + text + "'");
        }
    }
}
