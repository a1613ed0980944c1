package org.securebase.export.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;

/**
 * What a trainee's score report shows.
 *
 * @param title the quiz or course title
 * @param sponsor who offers it
 * @param traineeName the trainee
 * @param taken the day of the attempt
 * @param score points earned
 * @param max points possible, more than 0
 * @param passPercent the pass mark in percent, 0 to 100
 * @param questions in quiz order
 * @param groups mastery per concept group
 * @param missedMustPass the must-pass questions not earned in full, each as the trainee saw it
 *                       ("question 1: …"); any one fails the attempt whatever the total
 * @param awaitingGrading true while an open answer has no mark: the score is provisional and the
 *                        attempt neither passed nor failed
 * @since 0.1
 */
public record ScoreReportData(String title, String sponsor, String traineeName, LocalDate taken, BigDecimal score,
                              BigDecimal max, int passPercent, List<AnsweredQuestion> questions,
                              List<GroupScore> groups, List<String> missedMustPass, boolean awaitingGrading) {

    /** A report whose score is final. */
    public ScoreReportData(String title, String sponsor, String traineeName, LocalDate taken, BigDecimal score,
                           BigDecimal max, int passPercent, List<AnsweredQuestion> questions, List<GroupScore> groups,
                           List<String> missedMustPass) {
        this(title, sponsor, traineeName, taken, score, max, passPercent, questions, groups, missedMustPass, false);
    }

    /** A report with no must-pass question missed. */
    public ScoreReportData(String title, String sponsor, String traineeName, LocalDate taken, BigDecimal score,
                           BigDecimal max, int passPercent, List<AnsweredQuestion> questions, List<GroupScore> groups) {
        this(title, sponsor, traineeName, taken, score, max, passPercent, questions, groups, List.of());
    }

    /** Requires every part and a score within [0, max]. */
    public ScoreReportData {
        title = Checks.text(title, "report title");
        sponsor = Checks.text(sponsor, "report sponsor");
        traineeName = Checks.text(traineeName, "trainee name");
        Checks.present(taken, "attempt date");
        Checks.present(score, "score");
        Checks.present(max, "maximum score");
        if (max.signum() <= 0 || score.signum() < 0 || score.compareTo(max) > 0) {
            throw new ModelException("score must be between 0 and a maximum above 0, was " + score.toPlainString()
                    + " of " + max.toPlainString());
        }
        if (passPercent < 0 || passPercent > 100) {
            throw new ModelException("pass mark must be between 0 and 100 percent, was " + passPercent);
        }
        questions = Checks.list(questions, "answered questions");
        groups = Checks.list(groups, "concept-group mastery");
        missedMustPass = missedMustPass == null ? List.of() : Checks.list(missedMustPass, "missed must-pass questions");
    }

    /** The score in percent, one decimal, half up. */
    public BigDecimal percent() {
        return score.multiply(BigDecimal.valueOf(100)).divide(max, 1, RoundingMode.HALF_UP);
    }

    /**
     * Whether the percent reaches the pass mark and no must-pass question was missed; never while an
     * answer awaits grading.
     */
    public boolean passed() {
        return !awaitingGrading && percent().compareTo(BigDecimal.valueOf(passPercent)) >= 0 && missedMustPass.isEmpty();
    }

    /**
     * What the report says of the attempt: {@code pass}, {@code fail} or {@code pending}.
     *
     * @return the verdict
     * @since 0.3
     */
    public String verdict() {
        return awaitingGrading ? "pending" : passed() ? "pass" : "fail";
    }
}
