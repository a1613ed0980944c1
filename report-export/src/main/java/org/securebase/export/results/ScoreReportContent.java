package org.securebase.export.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.securebase.export.report.AnsweredQuestion;
import org.securebase.export.report.GroupScore;
import org.securebase.export.report.ScoreReportData;
import org.securebase.model.concept.ConceptGroup;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.delivery.TraineeFeedback;
import org.securebase.quiz.scoring.Mastery;

/**
 * A trainee's score report from a scored attempt: each question with their answer, the right
 * answer and the feedback, and mastery per concept group.
 *
 * @since 0.1
 */
public final class ScoreReportContent {
    private ScoreReportContent() {
    }

    /** The report data of a scored attempt. */
    public static ScoreReportData of(ScoredAttempt attempt, String traineeName, String sponsor, LocalDate taken) {
        List<AnsweredQuestion> questions = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<org.securebase.model.question.QuestionRef> missedRefs = attempt.report().missedMustPass();
        for (TraineeFeedback f : TraineeFeedback.of(attempt)) {
            if (missedRefs.contains(f.ref())) {
                missed.add("question " + f.number() + ": " + f.stem());
            }
            String feedback = String.join(" ", f.optionFeedback())
                    + (f.generalFeedback() == null ? "" : (f.optionFeedback().isEmpty() ? "" : " ") + f.generalFeedback());
            if (f.voided()) {
                feedback = "This question was withdrawn and counts for no one. " + feedback;
            }
            questions.add(new AnsweredQuestion(f.number(), f.stem(), String.join("; ", f.chosen()),
                    String.join("; ", f.key()), points(f.earned()), BigDecimal.valueOf(f.possible()),
                    feedback.isBlank() ? null : feedback));
        }
        List<GroupScore> groups = new ArrayList<>();
        for (Map.Entry<ConceptGroup, Mastery> e : attempt.report().masteryByGroup().entrySet()) {
            if (e.getValue().possible() > 0) {
                groups.add(new GroupScore(e.getKey(), e.getValue().ratio()));
            }
        }
        var quiz = attempt.header().quiz();
        return new ScoreReportData(quiz.settings().title(), sponsor, traineeName, taken,
                points(attempt.report().earned()), BigDecimal.valueOf(Math.max(1, attempt.report().possible())),
                quiz.settings().passPercent(), questions, groups, missed);
    }

    static BigDecimal points(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
