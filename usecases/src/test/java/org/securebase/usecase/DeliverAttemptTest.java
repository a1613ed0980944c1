package org.securebase.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.results.Registrations;
import org.securebase.quiz.results.Sitting;
import org.securebase.quiz.store.RegisteredTrainee;
import org.securebase.quiz.store.ResultStore;

/** Delivering an attempt as the browser does: a seat's details, and reads of one trainee alone. */
class DeliverAttemptTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(QuizFixtures.START, ZoneOffset.UTC);

    @Test
    void aSeatWithDetailsRegistersThemAndALaterSeatWithoutThemKeepsThem() {
        Workspace workspace = new Workspace(dir.resolve("results.db"));
        Quiz quiz = QuizFixtures.anyQuiz();
        try (DeliverAttempt delivery = DeliverAttempt.open(workspace, clock)) {
            delivery.sit(new DeliverAttempt.Seat(quiz, "w-1", "Ana Ruiz", "ana@example.org", "LMFT 1"));
            delivery.sit(new DeliverAttempt.Seat(quiz, "w-1", "Ana Ruiz-Vega"));
            assertEquals("Ana Ruiz-Vega", delivery.nameOf("w-1").orElseThrow());
        }
        try (ResultStore store = workspace.openExisting()) {
            RegisteredTrainee ana = new Registrations(store).require("w-1");
            assertEquals("ana@example.org", ana.email());
            assertEquals("LMFT 1", ana.licenceNumber());
        }
    }

    @Test
    void theLatestSubmittedAttemptIsTheTraineesOwnAndTheRoomSeesEveryone() {
        Workspace workspace = new Workspace(dir.resolve("results.db"));
        try (DeliverAttempt delivery = DeliverAttempt.open(workspace, clock)) {
            Quiz quiz = delivery.freeze(QuizFixtures.anyQuiz());
            assertTrue(delivery.latestSubmitted(quiz.id(), "w-1").isEmpty());
            for (String id : new String[] {"w-1", "w-2"}) {
                Sitting s = delivery.sit(new DeliverAttempt.Seat(quiz, id, "Trainee " + id));
                delivery.submit(s);
            }
            assertEquals("w-2", delivery.latestSubmitted(quiz.id(), "w-2").orElseThrow().header().traineeId());
            assertEquals(2, delivery.room().submitted(quiz.id()).size());
        }
    }
}
