package org.securebase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.OpenResponseFixtures;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.results.CollectedAttempt;
import org.securebase.quiz.results.CollectedAttempts;
import org.securebase.quiz.results.FrozenQuizzes;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.store.AttemptSource;
import org.securebase.quiz.store.RegisteredTrainee;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.variant.Variant;

/** {@code securebase grade}: a named grader walks the answers blind, resumes, and the agreement prints. */
class GradeCommandTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
    static final Quiz QUIZ = OpenResponseFixtures.writingQuiz();

    @TempDir
    Path dir;

    String db() {
        Path file = dir.resolve("results.db");
        try (ResultStore store = ResultStore.open(file)) {
            new FrozenQuizzes(store).freeze(QUIZ);
            List<RegisteredTrainee> trainees = new ArrayList<>();
            List<CollectedAttempt> attempts = new ArrayList<>();
            for (int i = 1; i <= 2; i++) {
                trainees.add(new RegisteredTrainee("t" + i, "Trainee Number" + i, null, null, null));
                attempts.add(new CollectedAttempt("t" + i, Variant.forTrainee(QUIZ, "t" + i), Map.of(
                        QuestionRef.parse("couple-late-text#q1"), Answer.Choice.of(1),
                        OpenResponseFixtures.OPEN, new Answer.Text("I hear fear, t" + i + "\nunder the anger")), CLOCK.instant()));
            }
            new CollectedAttempts(store).record(QUIZ, trainees, attempts, AttemptSource.IMPORT);
        }
        return file.toString();
    }

    @Test
    void gradesBlindSavesAsItGoesAndResumes() {
        String db = db();
        Cli.Run first = Cli.at(CLOCK, "3\n2\nStay with it.\nquit\n", "--db", db, "grade", QUIZ.id(), "--grader", "Ines");
        assertEquals(0, first.code(), first.all());
        assertTrue(first.out().contains("2 answer(s) to grade as first grader"), first.out());
        assertTrue(first.out().contains("  | under the anger"), "the answer as typed, line by line: " + first.out());
        assertTrue(first.out().contains("Model answer: There is a fear under the anger"), first.out());
        assertTrue(first.out().contains("3. 2 points - Names the fear"), first.out());
        assertFalse(first.out().contains("Trainee Number"), "blind: " + first.out());
        assertTrue(first.out().contains("1 rating(s) saved; run the same command again to go on."), first.out());
        Cli.Run again = Cli.at(CLOCK, "9\n1\n1\n\n", "--db", db, "grade", QUIZ.id(), "--grader", "Ines");
        assertTrue(again.out().contains("1 answer(s) to grade"), again.out());
        assertTrue(again.out().contains("Type a level from 1 to 3."), again.out());
        assertTrue(again.out().contains("1 rating(s) saved."), again.out());
        Cli.Run done = Cli.at(CLOCK, "", "--db", db, "grade", QUIZ.id(), "--grader", "Ines");
        assertTrue(done.out().contains("Nothing left for Ines to grade"), done.out());
    }

    @Test
    void theAgreementOfASecondGraderPrintsPerCriterion() {
        String db = db();
        Cli.at(CLOCK, "3\n2\n\n3\n3\n\n", "--db", db, "grade", QUIZ.id(), "--grader", "Ines");
        Cli.Run tom = Cli.at(CLOCK, "3\n2\n\n3\n3\n\n", "--db", db, "grade", QUIZ.id(), "--grader", "Tom", "--second",
                "--share", "100");
        assertTrue(tom.out().contains("2 rating(s) saved."), tom.all());
        Cli.Run r = Cli.at(CLOCK, "", "--db", db, "grade", QUIZ.id(), "--agreement");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("couple-late-text#q5/emotion                   2    100%      100%"), r.out());
        assertTrue(r.out().startsWith("CRITERION                                 PAIRS   EXACT  ADJACENT   KAPPA"), r.out());
    }

    @Test
    void refusesToGradeWithoutAGraderName() {
        Cli.Run r = Cli.at(CLOCK, "", "--db", db(), "grade", QUIZ.id());
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().contains("give --grader NAME: every rating is kept with its grader's name"), r.err());
    }
}
