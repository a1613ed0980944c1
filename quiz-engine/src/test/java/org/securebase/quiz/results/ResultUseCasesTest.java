package org.securebase.quiz.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securebase.quiz.QuizFixtures.ref;

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
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.analysis.ItemAnalysis;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.NoAttemptsLeftException;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.rekey.AuditRecord;
import org.securebase.quiz.rekey.KeyChange;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.Key;
import org.securebase.quiz.store.AttemptSource;
import org.securebase.quiz.store.OpenAttempt;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.StoreException;
import org.securebase.quiz.store.MarkedAttempt;
import org.securebase.quiz.store.RegisteredTrainee;
import org.securebase.quiz.variant.Variant;

class ResultUseCasesTest {
    private static final QuestionRef ORDERING = ref("couple-late-text#q3");
    private static final QuestionRef MATCHING = ref("couple-late-text#q4");
    private static final QuestionRef SUNDAY_Q1 = ref("couple-sunday-dinner#q1");

    @TempDir
    Path dir;
    private ResultStore store;
    private TestClock clock;
    private Engine results;
    private Quiz quiz;

    @BeforeEach
    void open() {
        store = ResultStore.open(dir.resolve("results.db"));
        clock = new TestClock(QuizFixtures.START);
        results = Engine.over(store, clock);
        quiz = results.quizzes().freeze(QuizFixtures.anyQuiz());
        results.trainees().register(RegisteredTrainee.of("ana", "Ana Ruiz"));
        results.trainees().register(RegisteredTrainee.of("ben", "Ben Okafor"));
        results.trainees().register(RegisteredTrainee.of("cy", "Cy Lindqvist"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ScoredAttempt take(String trainee, Map<QuestionRef, Answer> answers) {
        Sitting s = results.sittings().sit(quiz.id(), trainee);
        for (QuestionRef r : s.order()) {
            if (answers.containsKey(r)) {
                clock.advance(Duration.ofSeconds(20));
                s = results.sittings().answer(s, r, answers.get(r));
            }
        }
        clock.advance(Duration.ofSeconds(5));
        return results.sittings().submit(s);
    }

    @Test
    void aFrozenQuizThawsEqualAndFreezingAgainChangesNothing() {
        assertEquals(quiz, results.quizzes().require(quiz.id()));
        results.quizzes().freeze(quiz);
        assertEquals(quiz, results.quizzes().quiz(quiz.id()).orElseThrow());
    }

    @Test
    void refusesAnUnknownQuizOrTraineeNamingIt() {
        StoreException q = assertThrows(StoreException.class, () -> results.sittings().sit("no-such-quiz", "ana"));
        assertEquals(StoreException.Kind.REFUSED, q.kind());
        assertTrue(q.getMessage().contains("unknown quiz 'no-such-quiz'"), q.getMessage());
        StoreException t = assertThrows(StoreException.class, () -> results.sittings().sit(quiz.id(), "zoe"));
        assertTrue(t.getMessage().contains("unknown trainee 'zoe'"), t.getMessage());
    }

    @Test
    void everyAnswerIsStoredAtOnceAndAnInterruptedSittingResumesWhereItStopped() {
        Sitting s = results.sittings().sit(quiz.id(), "ana");
        assertFalse(s.resumed());
        assertEquals(Variant.forTrainee(quiz, "ana"), s.variant());
        QuestionRef first = s.order().get(0);
        QuestionRef second = s.order().get(1);
        Map<QuestionRef, Answer> perfect = QuizFixtures.perfectAnswers(quiz);
        clock.advance(Duration.ofSeconds(30));
        s = results.sittings().answer(s, first, perfect.get(first));
        clock.advance(Duration.ofSeconds(30));
        s = results.sittings().answer(s, second, perfect.get(second));
        OpenAttempt stored = store.openAttempt("ana", quiz.id()).orElseThrow();
        assertEquals(List.of(perfect.get(first).encode(), perfect.get(second).encode()),
                stored.responses().stream().map(org.securebase.quiz.store.StoredResponse::answer).toList());

        Sitting resumed = Engine.over(store, clock).sittings().sit(quiz.id(), "ana");
        assertTrue(resumed.resumed());
        assertEquals(s.attemptId(), resumed.attemptId());
        assertEquals(perfect.get(first), resumed.answerTo(first).orElseThrow());
        assertEquals(s.order().get(2), resumed.firstUnanswered().orElseThrow());
    }

    @Test
    void aClearedAnswerIsStoredAsClearedAndDoesNotCount() {
        Sitting s = results.sittings().sit(quiz.id(), "ana");
        QuestionRef first = s.order().get(0);
        s = results.sittings().answer(s, first, QuizFixtures.perfectAnswers(quiz).get(first));
        clock.advance(Duration.ofSeconds(10));
        s = results.sittings().clear(s, first);
        assertTrue(s.answerTo(first).isEmpty());
        Sitting resumed = results.sittings().sit(quiz.id(), "ana");
        assertTrue(resumed.answerTo(first).isEmpty());
        assertEquals(first, resumed.firstUnanswered().orElseThrow());
    }

    @Test
    void submittingScoresTheWorkedExampleAndStoresMarksAndScore() {
        ScoredAttempt a = take("ana", QuizFixtures.workedExampleAnswers(quiz));
        assertEquals(53.0 / 6, a.report().earned(), 1e-9);
        assertEquals(11, a.report().possible());
        assertTrue(a.report().passed());
        MarkedAttempt stored = (MarkedAttempt) store.attempt(a.header().storedId().value()).orElseThrow();
        assertEquals(53.0 / 6, stored.score().points(), 1e-9);
        assertEquals(80.30, stored.score().percent(), 0.005);
        assertTrue(stored.score().passed());
        assertTrue(stored.counted());
        assertEquals(1.0, stored.responses().stream().filter(m -> m.question().equals(MATCHING)).findFirst()
                .orElseThrow().mark(), 1e-9);
        assertEquals(List.of(a.report().earned()), results.results().scored(quiz.id()).stream().map(x -> x.report().earned()).toList());
    }

    @Test
    void anAnswerAfterTheTimeLimitIsKeptFlaggedLateAndDoesNotCount() {
        Sitting s = results.sittings().sit(quiz.id(), "ana");
        Map<QuestionRef, Answer> perfect = QuizFixtures.perfectAnswers(quiz);
        QuestionRef first = s.order().get(0);
        QuestionRef second = s.order().get(1);
        s = results.sittings().answer(s, first, perfect.get(first));
        clock.advance(Duration.ofMinutes(45).plusSeconds(1));
        assertTrue(s.expired(clock.instant()));
        assertEquals(Duration.ZERO, s.remaining(clock.instant()).orElseThrow());
        s = results.sittings().answer(s, second, perfect.get(second));
        Answer other = perfect.get(first);
        s = results.sittings().clear(s, first);
        assertEquals(other, s.answerTo(first).orElseThrow(), "a late change does not replace the answer given in time");
        List<org.securebase.quiz.store.StoredResponse> stored = store.openAttempt("ana", quiz.id()).orElseThrow().responses();
        assertEquals(List.of(false, true), stored.stream().map(org.securebase.quiz.store.StoredResponse::late).toList());
        ScoredAttempt scored = results.sittings().submit(s);
        assertTrue(scored.submission().submittedLate());
        double expected = quiz.question(first).question().points();
        assertEquals(expected, scored.report().earned(), 1e-9);
    }

    @Test
    void aTraineeMayMakeTheAllowedAttemptsAndTheBestCounts() {
        ScoredAttempt first = take("ana", Map.of());
        ScoredAttempt second = take("ana", QuizFixtures.workedExampleAnswers(quiz));
        NoAttemptsLeftException e = assertThrows(NoAttemptsLeftException.class, () -> results.sittings().sit(quiz.id(), "ana"));
        assertTrue(e.getMessage().contains("all 2 attempts"), e.getMessage());
        assertEquals(List.of(second.header().attemptId()),
                results.results().counted(quiz.id()).stream().map(a -> a.header().attemptId()).toList());
        assertFalse(counts(first));
        assertTrue(counts(second));
        assertEquals(2, results.store().attemptCount(quiz.id(), "ana"));
    }

    @Test
    void voidingAQuestionRescoresStoresTheAuditAndReportsTheFlippedOutcome() {
        ScoredAttempt ana = take("ana", QuizFixtures.workedExampleAnswers(quiz));
        take("ben", QuizFixtures.perfectAnswers(quiz));
        AuditRecord audit = results.keyChanges().rescore(quiz.id(), new KeyChange.Voiding(SUNDAY_Q1, "ambiguous stem"));
        assertEquals(List.of(ana.header().label()),
                audit.passFailChanged().stream().map(c -> c.attemptId()).toList());
        assertTrue(results.keys().of(quiz).isVoided(SUNDAY_Q1));
        ScoredAttempt after = results.results().scored(quiz.id()).get(0);
        assertEquals(47.0 / 6, after.report().earned(), 1e-9);
        assertEquals(10, after.report().possible());
        MarkedAttempt stored = (MarkedAttempt) store.attempt(ana.header().storedId().value()).orElseThrow();
        assertEquals(47.0 / 6, stored.score().points(), 1e-9);
        assertFalse(stored.score().passed());
        assertEquals(1, results.keys().changes(quiz.id()).size());
        assertEquals(2, results.keys().changes(quiz.id()).get(0).changes().size());
        assertThrows(ModelException.class,
                () -> results.keyChanges().rescore(quiz.id(), new KeyChange.Voiding(SUNDAY_Q1, "again")));
    }

    @Test
    void reKeyingIsReplayedFromTheAuditRecordsAndScoresLaterSubmissions() {
        take("ana", QuizFixtures.perfectAnswers(quiz));
        results.keyChanges().rescore(quiz.id(), new KeyChange.Rekeying(ORDERING, new Key.Order(List.of(2, 1, 3, 4)), "source says so"));
        assertEquals(new Key.Order(List.of(2, 1, 3, 4)), Engine.over(store, clock).keys().of(quiz).key(ORDERING));
        ScoredAttempt ana = results.results().scored(quiz.id()).get(0);
        assertEquals(11 - 1.0 / 6, ana.report().earned(), 1e-9);
        ScoredAttempt ben = take("ben", QuizFixtures.perfectAnswers(quiz));
        assertEquals(11 - 1.0 / 6, ben.report().earned(), 1e-9, "a later submission is scored under the new key");
    }

    @Test
    void itemAnalysisCoversTheCountedAttemptsOnly() {
        take("ana", Map.of());
        assertThrows(ModelException.class, () -> results.results().analysis(quiz.id()));
        take("ana", QuizFixtures.perfectAnswers(quiz));
        take("ben", QuizFixtures.workedExampleAnswers(quiz));
        take("cy", Map.of());
        ItemAnalysis analysis = results.results().analysis(quiz.id());
        assertEquals(3, analysis.test().attempts());
        assertEquals((11 + 53.0 / 6 + 0) / 3, analysis.test().mean(), 1e-9);
    }

    @Test
    void collectedAttemptsAreScoredAndRecordedWithTheirTraineesTogether() {
        Variant handout = Variant.forHandout(quiz, 3);
        List<ScoredAttempt> out = results.collected().record(quiz, List.of(RegisteredTrainee.of("dee", "Dee Park")),
                List.of(new CollectedAttempt("dee", handout, QuizFixtures.workedExampleAnswers(quiz), clock.instant())),
                AttemptSource.IMPORT);
        assertEquals(53.0 / 6, out.get(0).report().earned(), 1e-9);
        assertEquals(handout, out.get(0).header().variant());
        assertTrue(results.trainees().trainee("dee").isPresent());
        assertEquals(VariantCodes.find(quiz, "dee", handout.code()).orElseThrow(), handout);
        assertEquals(53.0 / 6, results.results().scored(quiz.id()).get(0).report().earned(), 1e-9);
    }

    @Test
    void aBatchWithAnUnknownTraineeStoresNothing() {
        Variant handout = Variant.forHandout(quiz, 1);
        assertThrows(StoreException.class, () -> results.collected().record(quiz, List.of(RegisteredTrainee.of("dee", "Dee Park")),
                List.of(new CollectedAttempt("dee", handout, Map.of(), clock.instant()),
                        new CollectedAttempt("nobody", handout, Map.of(), clock.instant())), AttemptSource.IMPORT));
        assertTrue(results.trainees().trainee("dee").isEmpty());
        assertTrue(store.attemptsOf(quiz.id()).isEmpty());
        assertTrue(store.integrityCheck().isOk());
    }

    /** Whether the attempt is the one that counts for its trainee under the quiz's policy. */
    private boolean counts(ScoredAttempt attempt) {
        return results.results().counted(attempt.header().quiz().id()).stream()
                .anyMatch(a -> a.header().attemptId().equals(attempt.header().attemptId()));
    }
}
