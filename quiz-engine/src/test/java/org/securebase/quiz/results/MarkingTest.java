package org.securebase.quiz.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.OpenResponseFixtures;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.grading.Rating;
import org.securebase.quiz.grading.RatingRole;
import org.securebase.quiz.rekey.KeyChange;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.ScoreReport.Verdict;
import org.securebase.quiz.store.MarkedAttempt;
import org.securebase.quiz.store.RegisteredTrainee;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.StoredScore;

/**
 * An attempt with an open answer is stored awaiting grading; the ratings that settle its mark
 * store its final score and pass with them, and every read scores it with that mark (q1 is worth
 * 1 point, the open q5 4, pass 60 %).
 */
class MarkingTest {
    static final QuestionRef Q1 = QuestionRef.parse("couple-late-text#q1");
    static final QuestionRef Q5 = OpenResponseFixtures.OPEN;

    @TempDir
    Path dir;
    private ResultStore store;
    private TestClock clock;
    private Engine engine;
    private Quiz quiz;

    @BeforeEach
    void open() {
        store = ResultStore.open(dir.resolve("results.db"));
        clock = new TestClock(QuizFixtures.START);
        engine = Engine.over(store, clock);
        quiz = engine.quizzes().freeze(OpenResponseFixtures.writingQuiz());
        engine.trainees().register(RegisteredTrainee.of("ana", "Ana Ruiz"));
        engine.trainees().register(RegisteredTrainee.of("ben", "Ben Okafor"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long take(String trainee) {
        Sitting s = engine.sittings().sit(quiz.id(), trainee);
        clock.advance(Duration.ofSeconds(20));
        s = engine.sittings().answer(s, Q1, Answer.Choice.of(1));
        clock.advance(Duration.ofSeconds(20));
        s = engine.sittings().answer(s, Q5, new Answer.Text("Too much…\nthere is a fear under that."));
        clock.advance(Duration.ofSeconds(5));
        return engine.sittings().submit(s).header().attemptId().orElseThrow().value();
    }

    private Rating rating(long attempt, RatingRole role, int emotion, int pace, String comment) {
        return new Rating(attempt, Q5, "Grader " + role.text(), role, Map.of("emotion", emotion, "pace", pace), comment,
                clock.instant());
    }

    private StoredScore stored(long attempt) {
        return ((MarkedAttempt) store.attempt(attempt).orElseThrow()).score();
    }

    private ScoredAttempt read(String trainee) {
        return engine.results().counted(quiz.id(), trainee).orElseThrow();
    }

    @Test
    void aSubmittedAttemptWithAnOpenAnswerIsStoredAwaitingGrading() {
        long ana = take("ana");
        assertEquals(StoredScore.awaiting(1, 5), stored(ana));
        assertEquals(Verdict.AWAITING_GRADING, read("ana").report().verdict());
    }

    @Test
    void theRatingThatSettlesTheMarkStoresTheFinalScoreAndPass() {
        long ana = take("ana");
        long ben = take("ben");
        Map<Long, StoredScore> changed = new Marking(store).save(quiz.id(),
                List.of(rating(ana, RatingRole.FIRST, 3, 2, "Names the fear; stay longer.")), false);
        assertEquals(Map.of(ana, StoredScore.of(4, 5, true)), changed);
        assertEquals(StoredScore.of(4, 5, true), stored(ana));
        assertEquals(3.0, ((MarkedAttempt) store.attempt(ana).orElseThrow()).responses().get(1).mark());
        assertEquals(StoredScore.awaiting(1, 5), stored(ben), "the other trainee still awaits grading");
        ScoredAttempt read = read("ana");
        assertEquals(Verdict.PASSED, read.report().verdict());
        assertEquals(List.of("Names the fear; stay longer."), read.report().question(Q5).orElseThrow().mark().comments());
        assertEquals(Verdict.AWAITING_GRADING, read("ben").report().verdict());
    }

    @Test
    void aSecondRatingTwoLevelsApartSendsTheAttemptBackToAwaitingGradingUntilTheThird() {
        long ana = take("ana");
        Marking marking = new Marking(store);
        marking.save(quiz.id(), List.of(rating(ana, RatingRole.FIRST, 3, 2, null)), false);
        marking.save(quiz.id(), List.of(rating(ana, RatingRole.SECOND, 1, 2, null)), false);
        assertEquals(StoredScore.awaiting(1, 5), stored(ana));
        assertFalse(read("ana").report().passed());
        marking.save(quiz.id(), List.of(rating(ana, RatingRole.THIRD, 1, 1, null)), false);
        assertEquals(StoredScore.of(1, 5, false), stored(ana));
        assertEquals(Verdict.NOT_PASSED, read("ana").report().verdict());
    }

    @Test
    void aRescoreAfterGradingKeepsTheGradersMark() {
        long ana = take("ana");
        new Marking(store).save(quiz.id(), List.of(rating(ana, RatingRole.FIRST, 3, 2, null)), false);
        engine.keyChanges().rescore(quiz.id(), new KeyChange.Voiding(Q1, "two defensible answers"));
        assertEquals(StoredScore.of(3, 4, true), stored(ana));
        assertEquals(3, read("ana").report().earned(), 1e-12);
    }

    @Test
    void aRatingThatDoesNotFitItsRubricSavesNothing() {
        long ana = take("ana");
        long ben = take("ben");
        ModelException e = assertThrows(ModelException.class, () -> new Marking(store).save(quiz.id(),
                List.of(rating(ana, RatingRole.FIRST, 3, 2, null), rating(ben, RatingRole.FIRST, 4, 1, null)), false));
        assertTrue(e.getMessage().contains("emotion"), e.getMessage());
        assertEquals(List.of(), store.ratingsOf(quiz.id()));
        assertEquals(StoredScore.awaiting(1, 5), stored(ana));
    }
}
