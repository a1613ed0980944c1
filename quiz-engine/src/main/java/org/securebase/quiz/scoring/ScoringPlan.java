package org.securebase.quiz.scoring;

import java.util.ArrayList;
import java.util.List;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.QuestionLayout;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;

/**
 * What scoring needs of one quiz under one answer key, worked out once: the questions asked in
 * order, their references, the key of each (checked to fit), its rule, whether it is voided or
 * open, and its points and concepts. Scoring a cohort scores thousands of attempts with the same
 * quiz and key; before this, every attempt rebuilt the quiz's question list, made each question's
 * reference anew, checked every key against its question again and dispatched to find each rule
 * (about two thirds of the time of scoring one attempt, by a JFR profile of the JMH benchmark).
 *
 * <p>Quizzes and answer keys are immutable, so a plan made for one pair stays right for it; the
 * scorer keeps the last plan it made and reuses it while the same two objects come back.
 */
final class ScoringPlan {
    private static volatile ScoringPlan last;

    final Quiz quiz;
    final AnswerKey key;
    final LibraryQuestion[] asked;
    final QuestionRef[] refs;
    final Key[] keys;
    final ScoringRule[] rules;
    final boolean[] voided;
    final boolean[] open;
    final int[] points;
    final List<List<ConceptId>> concepts;

    private ScoringPlan(Quiz quiz, AnswerKey key) {
        List<LibraryQuestion> questions = quiz.questions();
        this.quiz = quiz;
        this.key = key;
        this.keys = key.keysFor(quiz, questions);
        int n = questions.size();
        asked = questions.toArray(new LibraryQuestion[0]);
        refs = new QuestionRef[n];
        rules = new ScoringRule[n];
        voided = new boolean[n];
        open = new boolean[n];
        points = new int[n];
        List<List<ConceptId>> conceptsOf = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LibraryQuestion lq = asked[i];
            refs[i] = lq.ref();
            rules[i] = ScoringRule.of(lq.question());
            voided[i] = key.isVoided(refs[i]);
            open[i] = QuestionLayout.openResponse(lq.question()).isPresent();
            points[i] = lq.question().points();
            conceptsOf.add(List.copyOf(lq.question().concepts()));
        }
        concepts = List.copyOf(conceptsOf);
    }

    /** The plan of this quiz under this key: the last one made when it was for the same two objects. */
    static ScoringPlan of(Quiz quiz, AnswerKey key) {
        ScoringPlan p = last;
        if (p == null || p.quiz != quiz || p.key != key) {
            p = new ScoringPlan(quiz, key);
            last = p;
        }
        return p;
    }
}
