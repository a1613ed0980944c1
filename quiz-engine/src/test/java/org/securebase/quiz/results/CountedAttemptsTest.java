package org.securebase.quiz.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.model.blueprint.AttemptPolicy;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.assembly.QuizSettings;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.rekey.KeyChange;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.StoreException;
import org.securebase.quiz.store.RegisteredTrainee;

class CountedAttemptsTest {
    @TempDir
    Path dir;
    private ResultStore store;
    private TestClock clock;
    private Engine results;

    @BeforeEach
    void open() {
        store = ResultStore.open(dir.resolve("results.db"));
        clock = new TestClock(QuizFixtures.START);
        results = Engine.over(store, clock);
        for (String id : List.of("ana", "ben", "cy", "dee")) {
            results.trainees().register(RegisteredTrainee.of(id, "Trainee " + id));
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ScoredAttempt take(Quiz quiz, String trainee, Map<QuestionRef, Answer> answers) {
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

    private static Quiz withPolicy(Quiz quiz, String id, AttemptPolicy policy) {
        QuizSettings s = quiz.settings();
        return new Quiz(id, quiz.blueprintId(), quiz.blueprintVersion(), quiz.seed(), quiz.fingerprint(),
                new QuizSettings(s.title(), s.instructions(), s.passPercent(), s.timeLimitMinutes(), s.shuffleQuestions(),
                        s.shuffleOptions(), s.maxAttempts(), policy), quiz.sections(), quiz.vignettes());
    }

    private static List<String> ids(List<ScoredAttempt> attempts) {
        return attempts.stream().map(a -> a.header().traineeId() + "#" + a.header().number()).toList();
    }

    private List<ScoredAttempt> streamed(String quizId) {
        List<ScoredAttempt> out = new ArrayList<>();
        results.results().forEachCounted(quizId, out::add);
        return out;
    }

    @Test
    void underTheBestPolicyTheBestSubmittedAttemptOfEachTraineeCountsByTraineeId() {
        Quiz quiz = results.quizzes().freeze(QuizFixtures.anyQuiz());
        Map<QuestionRef, Answer> perfect = QuizFixtures.perfectAnswers(quiz);
        take(quiz, "cy", Map.of());
        take(quiz, "ana", perfect);
        take(quiz, "ana", Map.of());
        take(quiz, "ben", Map.of());
        take(quiz, "ben", QuizFixtures.workedExampleAnswers(quiz));
        results.sittings().sit(quiz.id(), "dee");
        results.sittings().sit(quiz.id(), "cy");
        List<ScoredAttempt> streamed = streamed(quiz.id());
        assertEquals(List.of("ana#1", "ben#2", "cy#1"), ids(streamed), "dee has only an open attempt");
        assertEquals(results.results().counted(quiz.id()), streamed);
    }

    @Test
    void underTheLastPolicyTheLatestSubmittedAttemptCounts() {
        Quiz quiz = results.quizzes().freeze(withPolicy(QuizFixtures.anyQuiz(), "last-counts", AttemptPolicy.LAST));
        Map<QuestionRef, Answer> perfect = QuizFixtures.perfectAnswers(quiz);
        take(quiz, "ana", perfect);
        take(quiz, "ana", Map.of());
        take(quiz, "ben", perfect);
        assertEquals(List.of("ana#2", "ben#1"), ids(streamed(quiz.id())));
        assertEquals(0.0, streamed(quiz.id()).get(0).report().earned(), 1e-9);
    }

    @Test
    void scoresUnderTheKeyInForce() {
        Quiz quiz = results.quizzes().freeze(QuizFixtures.anyQuiz());
        take(quiz, "ana", QuizFixtures.perfectAnswers(quiz));
        take(quiz, "ben", Map.of());
        QuestionRef voided = quiz.refs().get(0);
        results.keyChanges().rescore(quiz.id(), new KeyChange.Voiding(voided, "ambiguous stem"));
        for (ScoredAttempt a : streamed(quiz.id())) {
            assertEquals(results.keys().of(quiz), a.key());
            assertEquals(true, a.report().question(voided).orElseThrow().voided());
        }
    }

    @Test
    void theStoreRefusesOtherCallsUntilTheCursorIsClosed() {
        Quiz quiz = results.quizzes().freeze(QuizFixtures.anyQuiz());
        take(quiz, "ana", Map.of());
        take(quiz, "ben", Map.of());
        try (CountedAttempts counted = results.results().countedCursor(quiz.id())) {
            counted.next();
            assertThrows(StoreException.class, () -> results.trainees().trainee("ana"));
        }
        assertEquals(2, results.results().counted(quiz.id()).size());
    }
}
