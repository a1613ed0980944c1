package org.securebase.export.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.securebase.export.report.AnsweredQuestion;
import org.securebase.export.report.GroupScore;
import org.securebase.export.report.ScoreReportData;
import org.securebase.model.concept.ConceptGroup;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.QuestionLayout;
import org.securebase.model.question.RubricCriterion;
import org.securebase.model.question.RubricLevel;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.delivery.TraineeFeedback;
import org.securebase.quiz.grading.Criteria;
import org.securebase.quiz.scoring.Mark;
import org.securebase.quiz.scoring.Mastery;
import org.securebase.quiz.scoring.QuestionScore;

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
        var quiz = attempt.header().quiz();
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
            QuestionScore score = attempt.report().question(f.ref()).orElseThrow();
            Optional<OpenResponse> open = QuestionLayout.openResponse(quiz.question(f.ref()).question());
            String key = String.join("; ", f.key());
            if (open.isPresent() && key.isBlank()) {
                key = "graded by a person against the question's rubric";
            }
            questions.add(new AnsweredQuestion(f.number(), f.stem(), String.join("; ", f.chosen()), key,
                    points(f.earned()), BigDecimal.valueOf(f.possible()), feedback.isBlank() ? null : feedback,
                    open.isPresent() && score.mark() != null ? grading(open.get(), score.mark()) : List.of(),
                    score.awaitingGrading() && !score.voided()));
        }
        List<GroupScore> groups = new ArrayList<>();
        for (Map.Entry<ConceptGroup, Mastery> e : attempt.report().masteryByGroup().entrySet()) {
            if (e.getValue().possible() > 0) {
                groups.add(new GroupScore(e.getKey(), e.getValue().ratio()));
            }
        }
        return new ScoreReportData(quiz.settings().title(), sponsor, traineeName, taken,
                points(attempt.report().earned()), BigDecimal.valueOf(Math.max(1, attempt.report().possible())),
                quiz.settings().passPercent(), questions, groups, missed, attempt.report().awaitingGrading());
    }

    /**
     * The lines a graded open answer shows: per criterion, the level reached with its descriptor
     * (between two levels when two graders' mean falls there), then each grader's comment.
     */
    static List<String> grading(OpenResponse question, Mark mark) {
        List<String> lines = new ArrayList<>();
        for (RubricCriterion c : Criteria.of(question).criteria()) {
            Double decided = mark.byCriterion().get(c.id());
            if (decided == null) {
                continue;
            }
            lines.add(c.title() + ": " + reached(c, decided) + " (" + points(decided).toPlainString() + " of "
                    + c.points() + " points)");
        }
        for (String comment : mark.comments()) {
            lines.add("Grader's comment: " + comment);
        }
        return lines;
    }

    private static String reached(RubricCriterion c, double points) {
        List<RubricLevel> levels = c.levels();
        for (int i = 0; i < levels.size(); i++) {
            RubricLevel l = levels.get(i);
            if (Math.abs(l.points() - points) < 1e-9) {
                return "level " + (i + 1) + " of " + levels.size() + descriptor(l);
            }
            if (i + 1 < levels.size() && points > l.points() && points < levels.get(i + 1).points()) {
                return "between level " + (i + 1) + " and " + (i + 2) + " of " + levels.size()
                        + " (the graders' mean)";
            }
        }
        return "level not on the rubric";
    }

    private static String descriptor(RubricLevel l) {
        return l.descriptor() == null || l.descriptor().isBlank() ? "" : ", \u201c" + l.descriptor() + "\u201d";
    }

    static BigDecimal points(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
