package org.securebase.cli;

import org.securebase.cli.support.ExitCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.securebase.cli.support.Clocks;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.results.Notation;
import org.securebase.quiz.results.FrozenQuizzes;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.variant.Variant;

/** quiz build/preview, take, import, stats and rescore, through picocli with captured output. */
class ResultCommandsTest {
    /** The bundled blueprint the example response sheet answers (12 questions, 30 minutes, 1 attempt). */
    static final String BLUEPRINT = "attachment-foundations-check";
    /** Two attempts, best counts, 40 minutes. */
    static final String RETAKE_BLUEPRINT = "eft-stages-and-steps";

    @TempDir
    Path dir;

    /** The clock every command of a test runs on: standing still unless a test moves it. */
    private Clock clock = Clocks.parse("2027-03-06T09:00:00Z");

    private Cli.Run run(String... args) {
        return Cli.at(clock, "", args);
    }

    private Cli.Run runWithInput(String input, String... args) {
        return Cli.at(clock, input, args);
    }

    private String db() {
        return dir.resolve("results.db").toString();
    }

    private String build(String blueprint) {
        Cli.Run r = run("--db", db(), "quiz", "build", blueprint);
        assertEquals(0, r.code(), r.all());
        Matcher m = Pattern.compile("^quiz (\\S+)$", Pattern.MULTILINE).matcher(r.out());
        assertTrue(m.find(), r.out());
        return m.group(1);
    }

    /** The keyed answers of a trainee's variant, one input line per question in delivery order. */
    private List<String> keyedAnswers(String quizId, String trainee) {
        try (ResultStore store = ResultStore.open(Path.of(db()))) {
            Quiz quiz = new FrozenQuizzes(store).require(quizId);
            AnswerKey key = AnswerKey.of(quiz);
            Variant v = Variant.forTrainee(quiz, trainee);
            List<String> out = new ArrayList<>();
            for (QuestionRef r : v.order()) {
                out.add(Notation.write(key.key(r), r, v));
            }
            return out;
        }
    }

    private static String lines(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    private static void assertOneLine(Cli.Run r, String text) {
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.err().contains(text), r.all());
        assertEquals(1, r.err().strip().lines().count(), "one line, no stack trace: " + r.all());
    }

    // ---- quiz build and preview

    @Test
    void buildsAQuizStoresItAndPrintsItsIdFingerprintAndSections() {
        Cli.Run r = run("--db", db(), "quiz", "build", BLUEPRINT);
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("quiz attachment-foundations-check-"), r.out());
        assertTrue(r.out().matches("(?s).*fingerprint [0-9a-f]{64}.*"), r.out());
        assertTrue(r.out().contains("section styles: Styles, dimensions and strategies (4 questions)"), r.out());
        assertTrue(r.out().contains("seed 1"), r.out());
        Cli.Run again = run("--db", db(), "quiz", "build", BLUEPRINT);
        assertEquals(r.out(), again.out(), "the same blueprint, library and seed give the same quiz");
        Cli.Run other = run("--db", db(), "quiz", "build", BLUEPRINT, "--seed", "7");
        assertFalse(other.out().lines().findFirst().equals(r.out().lines().findFirst()), other.out());
    }

    @Test
    void refusesAnUnknownBlueprintAMissingFileAndAnUnsatisfiableBlueprintInOneLine() throws IOException {
        assertOneLine(run("--db", db(), "quiz", "build", "no-such-blueprint"), "no blueprint 'no-such-blueprint'");
        assertOneLine(run("--db", db(), "quiz", "build", dir.resolve("missing.xml").toString()),
                "no such blueprint file");
        Path greedy = dir.resolve("greedy.xml");
        Files.writeString(greedy, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<quiz xmlns=\"urn:securebase:quiz:1\" id=\"greedy\" version=\"1\">\n"
                + "  <title>Too many</title>\n"
                + "  <section id=\"all\" title=\"Everything\" draw=\"5000\"/>\n</quiz>\n", StandardCharsets.UTF_8);
        assertOneLine(run("--db", db(), "quiz", "build", greedy.toString()),
                "section 'all' asks for 5000 questions");
    }

    @Test
    void previewShowsAVariantWithoutTheKeyUnlessAsked() {
        String quiz = build(BLUEPRINT);
        Cli.Run plain = run("--db", db(), "quiz", "preview", quiz, "--trainee", "s-0412");
        assertEquals(0, plain.code(), plain.all());
        assertTrue(plain.out().contains("Foundations check: attachment patterns"), plain.out());
        assertTrue(plain.out().contains("Question 12 of 12"), plain.out());
        assertFalse(plain.out().contains("Key:"), plain.out());
        Cli.Run keyed = run("--db", db(), "quiz", "preview", BLUEPRINT, "--variant", "2", "--with-key");
        assertEquals(12, keyed.out().lines().filter(l -> l.startsWith("  Key: ")).count(), keyed.out());
        assertOneLine(run("--db", db(), "quiz", "preview", quiz, "--variant", "0"), "--variant must be");
    }

    // ---- take

    @Test
    void takesAQuizThroughStandardInputAndShowsScoreAndFeedbackAfterSubmitting() {
        String quiz = build(BLUEPRINT);
        List<String> input = new ArrayList<>(keyedAnswers(quiz, "s-1"));
        input.add("review");
        input.add("submit");
        input.add("yes");
        Cli.Run r = runWithInput(lines(input), "--db", db(), "take", BLUEPRINT, "--trainee", "s-1", "--name", "Ana Ruiz");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("time limit 30 minutes"), r.out());
        assertTrue(r.out().contains("CLIENTS: ") || r.out().contains("Clients: "), r.out());
        int note = r.out().indexOf("Content note: this case includes the death of a spouse.");
        assertTrue(note >= 0, r.out());
        assertEquals("Content note: this case includes the death of a spouse.",
                r.out().substring(note, r.out().indexOf("== ", note)).strip(), "the note comes just before its case");
        assertTrue(r.out().contains("[30:00 left] Q1/12> "), r.out());
        assertTrue(r.out().contains("12 of 12 answered."), r.out());
        assertTrue(r.out().contains("Submitted. Score: 15 of 15 points (100.0 %): PASS (pass mark 70 %)"), r.out());
        assertTrue(r.out().contains("Feedback"), r.out());
        int feedback = r.out().indexOf("Feedback");
        assertFalse(r.out().substring(0, feedback).contains("Correct:"), "no key before submitting");
        Cli.Run again = runWithInput("", "--db", db(), "take", BLUEPRINT, "--trainee", "s-1", "--name", "Ana Ruiz");
        assertOneLine(again, "has used all 1 attempt allowed");
    }

    @Test
    void anInterruptedSittingKeepsItsAnswersAndResumesAtTheFirstUnansweredQuestion() {
        String quiz = build(BLUEPRINT);
        List<String> keyed = keyedAnswers(quiz, "s-2");
        Cli.Run first = runWithInput(lines(keyed.subList(0, 3)), "--db", db(), "take", BLUEPRINT,
                "--trainee", "s-2", "--name", "Ben Okafor");
        assertEquals(0, first.code(), first.all());
        assertTrue(first.out().contains("Stopped before submitting: your 3 answer(s) are saved."), first.out());
        try (ResultStore store = ResultStore.open(Path.of(db()))) {
            assertEquals(3, store.openAttempt("s-2", quiz).orElseThrow().responses().size());
        }
        List<String> rest = new ArrayList<>(keyed.subList(3, keyed.size()));
        rest.add("submit");
        rest.add("y");
        Cli.Run second = runWithInput(lines(rest), "--db", db(), "take", BLUEPRINT, "--trainee", "s-2",
                "--name", "Ben Okafor");
        assertEquals(0, second.code(), second.all());
        assertTrue(second.out().contains("Resuming attempt 1: 3 of 12 answered"), second.out());
        assertTrue(second.out().contains("Q4/12> "), second.out());
        assertFalse(second.out().contains("Q1/12> "), "resumes at the first unanswered question: " + second.out());
        assertTrue(second.out().contains("Score: 15 of 15 points"), second.out());
    }

    @Test
    void aWrongAnswerFormatReasksWithAHelpfulLineAndTheCommandsMove() {
        String quiz = build(BLUEPRINT);
        List<String> keyed = keyedAnswers(quiz, "s-3");
        List<String> input = new ArrayList<>(List.of("Z Z", "", "goto 99", "goto 2", "back", "next", "back", "help"));
        input.add(keyed.get(0));
        input.add("submit");
        input.add("no");
        Cli.Run r = runWithInput(lines(input), "--db", db(), "take", BLUEPRINT, "--trainee", "s-3", "--name", "Cy");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("  Not an answer: "), r.out());
        assertTrue(r.out().contains("goto needs a question number from 1 to 12"), r.out());
        assertTrue(r.out().contains("Q2/12> "), r.out());
        assertTrue(r.out().contains("saved: " + keyed.get(0)), r.out());
        assertTrue(r.out().contains("11 question(s) not answered. Submit now?"), r.out());
        assertTrue(r.out().contains("Not submitted."), r.out());
        assertTrue(r.out().contains("Stopped before submitting: your 1 answer(s) are saved."), r.out());
    }

    @Test
    void whenTheTimeLimitRunsOutTheAnswersGivenInTimeAreSubmitted() {
        String quiz = build(BLUEPRINT);
        List<String> keyed = keyedAnswers(quiz, "s-4");
        clock = Clocks.parse("2027-03-06T09:00:00Z,PT3M");
        Cli.Run r = runWithInput(lines(keyed), "--db", db(), "take", BLUEPRINT, "--trainee", "s-4", "--name", "Dee");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("The time is up (30 minutes). Your answers given in time are submitted."), r.out());
        Matcher m = Pattern.compile("Score: (\\d+(?:\\.\\d+)?) of 15 points").matcher(r.out());
        assertTrue(m.find(), r.out());
        double score = Double.parseDouble(m.group(1));
        assertTrue(score > 0 && score < 15, "only the answers given in time count: " + score);
        assertFalse(r.out().contains("Stopped before submitting"), r.out());
    }

    @Test
    void refusesAnUnknownBlueprintForTakeInOneLine() {
        assertOneLine(runWithInput("", "--db", db(), "take", "nope", "--trainee", "x", "--name", "X"),
                "no blueprint 'nope'");
    }

    // ---- import, stats, rescore

    @Test
    void importsTheExampleSheetThenAnalysesAndRescoresTheQuiz() {
        String quiz = build(BLUEPRINT);
        Path example = Path.of("../docs/examples/responses.csv");
        Cli.Run imported = run("--db", db(), "import", example.toString(), "--quiz", quiz);
        assertEquals(0, imported.code(), imported.all());
        assertEquals("imported 3 attempts (36 rows) into quiz " + quiz, imported.out().strip());

        Cli.Run stats = run("--db", db(), "stats", quiz);
        assertEquals(0, stats.code(), stats.all());
        assertTrue(stats.out().contains(quiz + ": 3 counted attempts"), stats.out());
        assertTrue(stats.out().contains("FACILITY"), stats.out());
        assertTrue(stats.out().contains("Legend"), stats.out());
        assertTrue(stats.out().contains("  too-easy "), stats.out());
        assertTrue(stats.out().contains("Flagged questions"), stats.out());

        Cli.Run voided = run("--db", db(), "rescore", quiz, "--void", "ind-a-nurse-three-messages#q5",
                "--reason", "two defensible answers");
        assertEquals(0, voided.code(), voided.all());
        assertTrue(voided.out().contains("voided ind-a-nurse-three-messages#q5 (key was 'choice 1');"
                + " reason: two defensible answers"), voided.out());
        assertTrue(voided.out().contains("s-0413               11.80/15 (78.7 %) pass     -> 11.80/14 (84.3 %) pass"),
                voided.out());
        assertTrue(voided.out().contains("3 attempt(s) changed score; 1 changed pass/fail"), voided.out());

        Cli.Run rekeyed = run("--db", db(), "rescore", quiz, "--key", "ind-a-nurse-three-messages#q1=B",
                "--reason", "the source supports B");
        assertEquals(0, rekeyed.code(), rekeyed.all());
        assertTrue(rekeyed.out().contains("re-keyed ind-a-nurse-three-messages#q1 from 'choice"), rekeyed.out());
        assertTrue(rekeyed.out().contains("pass/fail changed") || rekeyed.out().contains("changed pass/fail"),
                rekeyed.out());
        assertOneLine(run("--db", db(), "rescore", quiz, "--void", "nowhere#q1", "--reason", "x"),
                "does not ask nowhere#q1");
        assertOneLine(run("--db", db(), "rescore", quiz, "--void", "ind-a-nurse-three-messages#q5",
                "--reason", "x"), "already voided");
    }

    @Test
    void aRejectedImportReportsEveryBadLineExitsOneAndStoresNothing() throws IOException {
        String quiz = build(BLUEPRINT);
        List<String> rows = Files.readAllLines(Path.of("../docs/examples/responses.csv"));
        List<String> broken = new ArrayList<>(rows);
        String good = broken.get(2);
        broken.set(2, good.substring(0, good.lastIndexOf(',') + 1) + "Q");
        broken.add(broken.get(1));
        broken.add(quiz + ",s-9,\"Unclosed,x");
        Path file = dir.resolve("broken.csv");
        Files.write(file, broken, StandardCharsets.UTF_8);
        Cli.Run r = run("--db", db(), "import", file.toString(), "--quiz", quiz);
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.err().contains("was not imported: 3 problems; nothing was stored"), r.err());
        assertTrue(r.err().contains("broken.csv: line 3: answer 'Q"), r.err());
        assertTrue(r.err().contains("broken.csv: line 38: duplicate row"), r.err());
        assertTrue(r.err().contains("broken.csv: line 39: malformed CSV: the quoted field opened on line 39"), r.err());
        try (ResultStore store = ResultStore.open(Path.of(db()))) {
            assertTrue(store.attemptsOf(quiz).isEmpty());
            assertTrue(store.trainees().isEmpty());
            assertTrue(store.integrityCheck().isOk());
        }
    }

    @Test
    void unknownQuizzesMissingFilesAndTooFewAttemptsAreOneLineErrors() throws IOException {
        assertOneLine(run("--db", db(), "import", "../docs/examples/responses.csv", "--quiz", "nope"),
                "unknown quiz 'nope'");
        assertOneLine(run("--db", db(), "import", dir.resolve("none.csv").toString(), "--quiz", "nope"),
                "no such file");
        assertOneLine(run("--db", db(), "stats", "nope"), "unknown quiz 'nope'");
        String quiz = build(BLUEPRINT);
        assertOneLine(run("--db", db(), "stats", quiz), "needs at least 2 trainees' scored attempts, has 0");
        Path notADatabase = dir.resolve("notes.db");
        Files.writeString(notADatabase, "these are my notes, not a database\n".repeat(200));
        assertOneLine(run("--db", notADatabase.toString(), "stats", quiz), "is not a SecureBase result store");
    }
}
