package org.securebase.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.results.Sitting;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.StoreException;
import org.securebase.quiz.store.StoredExtension;

/** One trainee's extra time: stored, honoured by every sitting of the attempt, bounded. */
class ExtendTimeTest {
    @TempDir
    Path dir;

    private final MovingClock clock = new MovingClock(QuizFixtures.START);
    private final Quiz quiz = QuizFixtures.anyQuiz();
    private final Map<QuestionRef, Answer> perfect = QuizFixtures.perfectAnswers(quiz);

    @Test
    void anAnswerAfterTheLimitInsideTheExtensionCountsAndOneAfterTheExtensionIsLate() {
        Workspace workspace = new Workspace(dir.resolve("results.db"));
        try (DeliverAttempt delivery = DeliverAttempt.open(workspace, clock)) {
            Sitting s = delivery.sit(new DeliverAttempt.Seat(quiz, "w-1", "Ana Ruiz"));
            clock.set(minutes(44));
            s = delivery.extendTime().grant(quiz.id(), "w-1", 10, "instructor");
            assertEquals(QuizFixtures.START.plus(Duration.ofMinutes(55)), s.deadline().orElseThrow());
            List<QuestionRef> order = s.order();
            clock.set(minutes(50));
            s = delivery.answer(s, order.get(0), perfect.get(order.get(0)));
            assertTrue(s.answerTo(order.get(0)).isPresent(), "inside the extension: counts");
            clock.set(minutes(56));
            s = delivery.answer(s, order.get(1), perfect.get(order.get(1)));
            assertTrue(s.answerTo(order.get(1)).isEmpty(), "after the extension: late, as after a plain limit");
            ScoredAttempt scored = delivery.submit(s);
            assertTrue(scored.report().question(order.get(0)).orElseThrow().earned() > 0);
            assertEquals(0.0, scored.report().question(order.get(1)).orElseThrow().earned());
        }
        try (ResultStore store = workspace.openExisting()) {
            long id = store.attemptsOf(quiz.id()).get(0).id();
            assertEquals(List.of(new StoredExtension(id, 1, 10, "instructor", minutes(44))), store.timeExtensions(id));
        }
    }

    @Test
    void aSittingReadBeforeTheGrantIsTimedByItAndAResumedOneShowsIt() {
        Workspace workspace = new Workspace(dir.resolve("results.db"));
        try (DeliverAttempt terminal = DeliverAttempt.open(workspace, clock)) {
            Sitting s = terminal.sit(new DeliverAttempt.Seat(quiz, "w-1", "Ana Ruiz"));
            try (DeliverAttempt dashboard = DeliverAttempt.open(workspace, clock)) {
                dashboard.extendTime().grant(quiz.id(), "w-1", 15, "instructor");
            }
            clock.set(minutes(50));
            QuestionRef first = s.order().get(0);
            assertTrue(s.expired(clock.instant()), "the sitting in hand still shows the old deadline");
            s = terminal.answer(s, first, perfect.get(first));
            assertTrue(s.answerTo(first).isPresent(), "the store's extension decides, not the sitting in hand");
            assertFalse(terminal.current(s).expired(clock.instant()));
        }
        try (DeliverAttempt restarted = DeliverAttempt.open(workspace, clock)) {
            Sitting resumed = restarted.sit(new DeliverAttempt.Seat(quiz, "w-1", "Ana Ruiz"));
            assertTrue(resumed.resumed());
            assertEquals(QuizFixtures.START.plus(Duration.ofMinutes(60)), resumed.deadline().orElseThrow());
        }
    }

    @Test
    void refusesMinutesOutOfRangeATraineeWithoutAnAttemptInProgressAndTimeAlreadyRunOut() {
        Workspace workspace = new Workspace(dir.resolve("results.db"));
        try (DeliverAttempt delivery = DeliverAttempt.open(workspace, clock)) {
            delivery.sit(new DeliverAttempt.Seat(quiz, "w-1", "Ana Ruiz"));
            ExtendTime extend = delivery.extendTime();
            ModelException none = assertThrows(ModelException.class, () -> extend.grant(quiz.id(), "w-1", 0, "instructor"));
            assertEquals("extra time must be between 1 and 120 minutes, was 0", none.getMessage());
            assertThrows(ModelException.class, () -> extend.grant(quiz.id(), "w-1", 121, "instructor"));
            delivery.sit(new DeliverAttempt.Seat(quiz, "w-2", "Ben Ode"));
            delivery.submit(delivery.sit(new DeliverAttempt.Seat(quiz, "w-2", "Ben Ode")));
            StoreException submitted = assertThrows(StoreException.class,
                    () -> extend.grant(quiz.id(), "w-2", 5, "instructor"));
            assertEquals(StoreException.Kind.REFUSED, submitted.kind());
            assertTrue(submitted.getMessage().contains("has no attempt in progress"), submitted.getMessage());
            clock.set(minutes(46));
            StoreException ranOut = assertThrows(StoreException.class, () -> extend.grant(quiz.id(), "w-1", 5, "instructor"));
            assertTrue(ranOut.getMessage().contains("ran out at 2026-03-02T09:45:00Z; extra time is given before it runs out"),
                    ranOut.getMessage());
        }
    }

    private static Instant minutes(long m) {
        return QuizFixtures.START.plus(Duration.ofMinutes(m));
    }

    /** A clock the test sets by hand. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void set(Instant at) {
            now = at;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
