package org.securebase.quiz.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.Difficulty;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.Response;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.delivery.SubmittedAttempt;
import org.securebase.quiz.results.CollectedAttempt;
import org.securebase.quiz.results.CollectedAttempts;
import org.securebase.quiz.results.FrozenQuizzes;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.scoring.Scorer;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Scoring;
import org.securebase.model.question.SingleChoice;
import org.securebase.quiz.store.AttemptSource;
import org.securebase.quiz.store.MarkedAttempt;
import org.securebase.quiz.store.RegisteredTrainee;
import org.securebase.quiz.store.ResultStore;

class CohortTest {
    private static final Quiz QUIZ = QuizFixtures.anyQuiz();
    private static final Instant START = QuizFixtures.START;

    @Test
    void theSameSeedGivesTheSameCohort() {
        assertEquals(Cohort.simulate(QUIZ, 30, 5L, START).trainees(), Cohort.simulate(QUIZ, 30, 5L, START).trainees());
    }

    @Test
    void anotherSeedGivesAnotherCohort() {
        assertNotEquals(Cohort.simulate(QUIZ, 30, 5L, START).trainees(), Cohort.simulate(QUIZ, 30, 6L, START).trainees());
    }

    @Test
    void aTraineeDoesNotDependOnTheCohortSize() {
        assertEquals(Cohort.simulate(QUIZ, 5, 5L, START).trainees().get(3), Cohort.simulate(QUIZ, 50, 5L, START).trainees().get(3));
    }

    @Test
    void higherAbilityScoresHigherOnAverage() {
        AnswerKey key = AnswerKey.of(QUIZ);
        Cohort cohort = Cohort.simulate(QUIZ, 400, 11L, START);
        Map<String, Double> ability = new java.util.HashMap<>();
        cohort.trainees().forEach(t -> ability.put(t.id(), t.ability()));
        List<ScoredAttempt> scored = cohort.attempts().stream().map(a -> a.score(key))
                .sorted(Comparator.comparingDouble(a -> ability.get(a.submission().header().traineeId()))).toList();
        double bottom = scored.subList(0, 100).stream().mapToDouble(a -> a.report().percent()).average().orElseThrow();
        double top = scored.subList(300, 400).stream().mapToDouble(a -> a.report().percent()).average().orElseThrow();
        assertTrue(top > bottom + 20, "top quarter " + top + " % against bottom quarter " + bottom + " %");
    }

    @Test
    void abilitiesFollowAStandardNormal() {
        double[] theta = Cohort.simulate(QUIZ, 2000, 3L, START).trainees().stream().mapToDouble(t -> t.ability()).toArray();
        double mean = java.util.Arrays.stream(theta).average().orElseThrow();
        double var = java.util.Arrays.stream(theta).map(t -> (t - mean) * (t - mean)).sum() / (theta.length - 1);
        assertEquals(0.0, mean, 0.1);
        assertEquals(1.0, var, 0.1);
    }

    @Test
    void aCohortCentredHigherIsTheSameCohortShiftedUpAndScoresHigher() {
        AnswerKey key = AnswerKey.of(QUIZ);
        Cohort plain = Cohort.simulate(QUIZ, 300, 5L, START);
        Cohort prepared = Cohort.simulate(QUIZ, 300, 5L, START, 1.0);
        for (int i = 0; i < 300; i++) {
            assertEquals(plain.trainees().get(i).ability() + 1.0, prepared.trainees().get(i).ability(), 1e-12);
        }
        double before = plain.attempts().stream().mapToDouble(a -> a.score(key).report().percent()).average().orElseThrow();
        double after = prepared.attempts().stream().mapToDouble(a -> a.score(key).report().percent()).average().orElseThrow();
        assertTrue(after > before + 10, "mean " + before + " % at mu 0, " + after + " % at mu 1");
    }

    @Test
    void refusesAMeanAbilityThatIsNotANumber() {
        assertThrows(org.securebase.model.ModelException.class, () -> Cohort.simulate(QUIZ, 3, 1L, START, Double.NaN));
    }

    @Property(tries = 30)
    void answersFitTheirQuestionsAndEveryQuestionIsAnsweredInTime(@ForAll long seed) {
        Cohort cohort = Cohort.simulate(QUIZ, 20, seed, START);
        for (SubmittedAttempt a : cohort.attempts()) {
            assertFalse(a.submittedLate(), a.header().label() + " submitted late");
            assertEquals(new TreeSet<>(QUIZ.refs()), new TreeSet<>(a.responses().stream().map(Response::ref).toList()));
            for (Response r : a.responses()) {
                r.answer().checkFits(QUIZ.question(r.ref()).question(), r.ref().toString());
                assertFalse(a.header().isLate(r.at()));
            }
        }
    }

    @Property(tries = 200)
    void singleAnswersFitEveryQuestionAtAnyProbability(@ForAll @DoubleRange(min = 0, max = 1) double p, @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (LibraryQuestion q : QUIZ.questions()) {
            Answer a = Answers.answer(q.question(), p, r);
            a.checkFits(q.question(), q.ref().toString());
        }
    }

    @Test
    void certaintyAnswersEverythingRight() {
        SplittableRandom r = new SplittableRandom(1L);
        Map<org.securebase.model.question.QuestionRef, Answer> right = new java.util.TreeMap<>();
        for (LibraryQuestion q : QUIZ.questions()) {
            right.put(q.ref(), Answers.answer(q.question(), 1.0, r));
        }
        assertEquals(100.0, Scorer.score(QUIZ, AnswerKey.of(QUIZ), right).percent(), 1e-9);
    }

    @Test
    void noChanceMissesEveryPartOfChoiceAndMatchingQuestions() {
        SplittableRandom r = new SplittableRandom(1L);
        for (LibraryQuestion q : QUIZ.questions()) {
            Answer a = Answers.answer(q.question(), 0.0, r);
            if (q.question() instanceof SingleChoice s) {
                assertNotEquals(Answer.Choice.of(s.correctPosition()), a);
            } else if (q.question() instanceof MultipleResponse m) {
                List<Integer> wrongOnes = java.util.stream.IntStream.rangeClosed(1, m.options().size())
                        .filter(i -> !m.options().get(i - 1).correct()).boxed().toList();
                assertEquals(new Answer.Choice(wrongOnes), a);
            } else if (q.question() instanceof Matching) {
                ((Answer.Match) a).pairs().forEach((left, right) -> assertNotEquals(left, right, q.ref() + " " + a.encode()));
            } else {
                assertEquals("order 2 3 1", Answers.answer(new Ordering("o", 1, List.of(ConceptId.of("style.secure")), null,
                        "Order them.", List.of("a", "b", "c"), Scoring.PARTIAL, null), 0.0, r).encode(),
                        "every adjacent pair swapped in turn");
            }
        }
    }

    @Test
    void raschProbabilitiesMatchTheFormula() {
        assertEquals(0.5, Rasch.probability(0, 0), 1e-12);
        assertEquals(0.7310585786300049, Rasch.probability(1, 0), 1e-12);
        assertEquals(0.2689414213699951, Rasch.probability(-1, 0), 1e-12);
        assertEquals(0.8807970779778823, Rasch.probability(1, Rasch.difficulty(Difficulty.INTRODUCTORY)), 1e-12);
        assertEquals(List.of(-1.0, 0.0, 1.0), List.of(Rasch.difficulty(Difficulty.INTRODUCTORY),
                Rasch.difficulty(Difficulty.INTERMEDIATE), Rasch.difficulty(Difficulty.ADVANCED)));
    }

    @Test
    void theResultStoreRecordsTheCohortWithTheEngineScores(@TempDir Path dir) {
        Cohort cohort = Cohort.simulate(QUIZ, 25, 9L, START);
        AnswerKey key = AnswerKey.of(QUIZ);
        double first = cohort.attempts().get(0).score(key).report().earned();
        try (ResultStore store = ResultStore.open(dir.resolve("r.db"))) {
            new FrozenQuizzes(store).freeze(QUIZ);
            List<RegisteredTrainee> trainees = new ArrayList<>();
            List<CollectedAttempt> attempts = new ArrayList<>();
            for (SubmittedAttempt a : cohort.attempts()) {
                trainees.add(RegisteredTrainee.of(a.header().traineeId(), "Trainee"));
                Map<org.securebase.model.question.QuestionRef, Answer> answers =
                        new LinkedHashMap<>();
                a.responses().forEach(r -> answers.put(r.ref(), r.answer()));
                attempts.add(new CollectedAttempt(a.header().traineeId(), a.header().variant(),
                        answers, a.submitted()));
            }
            new CollectedAttempts(store).record(QUIZ, trainees, attempts,
                    AttemptSource.SIMULATED);
            assertEquals(25, store.attemptsOf(QUIZ.id()).size());
            MarkedAttempt stored =
                    store.submittedAttemptsOf(QUIZ.id(), cohort.attempts().get(0).header().traineeId()).get(0);
            assertEquals(first, stored.score().points(), 1e-9);
            assertEquals(first, stored.responses().stream().mapToDouble(m -> m.mark()).sum(), 1e-9);
        }
    }
}
