package org.securebase.quiz.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.concept.ConceptGroup;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.question.QuestionRef;

/**
 * The marks of one attempt: per question, the totals, the percentage and whether it passes.
 * Voided questions appear but count 0 of 0.
 *
 * @param quizId the quiz scored
 * @param questions one score per question, in the quiz's canonical order
 * @param passPercent the pass mark applied
 * @param mustPass the questions that need full marks to pass, whatever the total (docs/decisions/0087)
 * @since 0.1
 */
public record ScoreReport(String quizId, List<QuestionScore> questions, int passPercent, List<QuestionRef> mustPass) {

    /** A report with no must-pass question. */
    public ScoreReport(String quizId, List<QuestionScore> questions, int passPercent) {
        this(quizId, questions, passPercent, List.of());
    }

    /** Requires the scores of distinct questions. */
    public ScoreReport {
        Checks.id(quizId, "quiz id of a score report");
        questions = Checks.list(questions, "question scores");
        QuestionRef dup = Checks.firstDuplicate(questions.stream().map(QuestionScore::ref).toList());
        if (dup != null) {
            throw new ModelException("a score report of quiz " + quizId + " scores " + dup + " twice");
        }
        mustPass = mustPass == null ? List.of() : Checks.list(mustPass, "must-pass questions");
    }

    /** Points earned over all questions that count. */
    public double earned() {
        return questions.stream().mapToDouble(QuestionScore::earned).sum();
    }

    /** Points possible over all questions that count. */
    public int possible() {
        return questions.stream().mapToInt(QuestionScore::possible).sum();
    }

    /** Earned over possible, times 100; 0 when nothing counts. */
    public double percent() {
        int p = possible();
        return p == 0 ? 0 : 100.0 * earned() / p;
    }

    /** True when the percentage reaches the pass mark (a rounding tolerance of 1e-9 points). */
    public boolean reachesPassMark() {
        return earned() * 100 + 1e-9 >= (double) passPercent * possible();
    }

    /**
     * True when an open answer of a counting question has not been graded: the score is
     * provisional and the attempt is neither passed nor failed.
     *
     * @since 0.3
     */
    public boolean awaitingGrading() {
        for (QuestionScore q : questions) {
            if (q.awaitingGrading() && !q.voided()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Passed, not passed, or awaiting grading.
     *
     * @since 0.3
     */
    public Verdict verdict() {
        return awaitingGrading() ? Verdict.AWAITING_GRADING : passed() ? Verdict.PASSED : Verdict.NOT_PASSED;
    }

    /**
     * What an attempt's score says, as shown in results and gradebooks.
     *
     * @since 0.3
     */
    public enum Verdict {
        PASSED("pass"),
        NOT_PASSED("fail"),
        AWAITING_GRADING("pending");

        private final String text;

        Verdict(String text) {
            this.text = text;
        }

        /** The word gradebooks print. */
        public String text() {
            return text;
        }
    }

    /**
     * The must-pass questions this attempt did not earn full marks on, in the quiz's order; a
     * voided question is never among them (it counts 0 of 0).
     */
    public List<QuestionRef> missedMustPass() {
        return questions.stream()
                .filter(q -> mustPass.contains(q.ref()) && !q.voided() && q.earned() + 1e-9 < q.possible())
                .map(QuestionScore::ref).toList();
    }

    /**
     * True when the percentage reaches the pass mark and every must-pass question earned its full
     * marks; never while an open answer awaits grading, so no certificate is issued on a provisional
     * score.
     */
    public boolean passed() {
        return !awaitingGrading() && reachesPassMark() && missedMustPass().isEmpty();
    }

    /**
     * The graders' marks of the open answers that have one, by question.
     *
     * @return the marks
     * @since 0.3
     */
    public Map<QuestionRef, Mark> marks() {
        Map<QuestionRef, Mark> out = new LinkedHashMap<>();
        for (QuestionScore q : questions) {
            if (q.mark() != null) {
                out.put(q.ref(), q.mark());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** The score of one question. */
    public Optional<QuestionScore> question(QuestionRef ref) {
        return questions.stream().filter(q -> q.ref().equals(ref)).findFirst();
    }

    /**
     * Mastery per concept: points earned over points possible on the counting questions tagged
     * with it, concepts in id order.
     */
    public SortedMap<ConceptId, Mastery> masteryByConcept() {
        SortedMap<ConceptId, Mastery> out = new TreeMap<>();
        for (QuestionScore q : questions) {
            if (q.voided()) {
                continue;
            }
            for (ConceptId c : q.concepts()) {
                out.merge(c, new Mastery(q.earned(), q.possible(), 1), (a, b) -> a.plus(b.earned(), b.possible()));
            }
        }
        return Collections.unmodifiableSortedMap(out);
    }

    /**
     * Mastery per concept group: as per concept, but a question tagged with several concepts of
     * one group counts once for that group.
     */
    public Map<ConceptGroup, Mastery> masteryByGroup() {
        Map<ConceptGroup, Mastery> out = new EnumMap<>(ConceptGroup.class);
        for (QuestionScore q : questions) {
            if (q.voided()) {
                continue;
            }
            Set<ConceptGroup> groups = EnumSet.noneOf(ConceptGroup.class);
            q.concepts().forEach(c -> groups.add(ConceptGroup.of(c)));
            for (ConceptGroup g : groups) {
                out.merge(g, new Mastery(q.earned(), q.possible(), 1), (a, b) -> a.plus(b.earned(), b.possible()));
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
