package org.securebase.export.certificate;

import java.time.LocalDate;
import java.util.Optional;
import org.securebase.model.Checks;
import org.securebase.model.course.Course;

/**
 * Everything one certificate shows: the course (sponsor, approval, credits, instructor, dates),
 * the trainee, the completion date, the certificate number, the score (printed only when the
 * course asks for it) and whether the data is simulated (then every page carries a SAMPLE
 * mark and the signed fields say so).
 *
 * @param course the completed course
 * @param trainee who completed it
 * @param completed the day the trainee completed it
 * @param number the certificate number, unique for the sponsor, e.g. {@code SB-2027-000123}
 * @param score the quiz score, or null
 * @param sample true for simulated data
 * @since 0.1
 */
public record CertificateData(Course course, Trainee trainee, LocalDate completed, String number, Score score,
                              boolean sample) {

    /** Requires course, trainee, completion date and a number without line breaks. */
    public CertificateData {
        Checks.present(course, "course of a certificate");
        Checks.present(trainee, "trainee of a certificate");
        Checks.present(completed, "completion date of the certificate for " + trainee.name());
        number = Checks.text(number, "certificate number for " + trainee.name());
    }

    /** The score when the course prints it on its certificates. */
    public Optional<Score> printedScore() {
        return course.certificate().showScore() ? Optional.ofNullable(score) : Optional.empty();
    }
}
