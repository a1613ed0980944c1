package org.securebase.model.course;

import org.securebase.model.Checks;

/**
 * A continuing-education course: what its certificate carries, and the blueprint whose quiz
 * decides completion.
 *
 * @param id the course id
 * @param quizId the id of the blueprint that decides completion
 * @param title the course title
 * @param sponsor who offers it
 * @param credits hours and kind of credit
 * @param approval the approval statement, printed exactly as given; or null
 * @param instructor who signs, or null
 * @param dates when it ran, or null
 * @param location where it ran (or "Online (live, interactive)"), or null
 * @param delivery the delivery format a board asks for (live, live online, home study), or null
 * @param certificate paper and score settings
 * @since 0.1
 */
public record Course(String id, String quizId, String title, Sponsor sponsor, Credits credits, String approval,
                     Instructor instructor, ProgramDates dates, String location, String delivery,
                     CertificateSettings certificate) {

    /** Requires id, quiz, title, sponsor and credits. */
    public Course {
        Checks.id(id, "course id");
        Checks.id(quizId, "quiz of course " + id);
        title = Checks.text(title, "title of course " + id);
        Checks.present(sponsor, "sponsor of course " + id);
        Checks.present(credits, "credits of course " + id);
        approval = Checks.optionalText(approval);
        location = Checks.optionalText(location);
        delivery = Checks.optionalText(delivery);
        certificate = certificate == null ? CertificateSettings.DEFAULT : certificate;
    }
}
