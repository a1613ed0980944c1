package org.securebase.quiz.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.results.Notation;
import org.securebase.quiz.results.Engine;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.store.AttemptSource;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.StoreException;
import org.securebase.quiz.store.MarkedAttempt;
import org.securebase.quiz.variant.Variant;

class ResponseImportTest {
    private static final String HEADER = "quiz,trainee,name,email,variant,question,answer\r\n";

    @TempDir
    Path dir;
    private ResultStore store;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
    private Engine results;
    private Quiz quiz;

    @BeforeEach
    void open() {
        store = ResultStore.open(dir.resolve("results.db"));
        results = Engine.over(store, CLOCK);
        quiz = results.quizzes().freeze(QuizFixtures.anyQuiz());
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The rows of a trainee who answered on handout {@code handout}, in its letters. */
    private String rows(String trainee, String name, int handout, Map<QuestionRef, Answer> answers) {
        Variant v = Variant.forHandout(quiz, handout);
        StringBuilder out = new StringBuilder();
        for (QuestionRef r : v.order()) {
            String letters = answers.containsKey(r) ? Notation.write(answers.get(r), r, v) : "";
            out.append(CsvFixtures.write(List.of(quiz.id(), trainee, name, trainee + "@example.org", v.code(), r.toString(), letters)));
        }
        return out.toString();
    }

    private ImportOutcome run(String text) {
        return new ResponseImport(store, CLOCK).run(quiz.id(), text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> problems(String text) {
        ImportOutcome outcome = run(text);
        List<String> out = new ArrayList<>();
        assertInstanceOf(ImportOutcome.Rejected.class, outcome).problems().forEach(p -> out.add(p.toString()));
        assertTrue(store.attemptsOf(quiz.id()).isEmpty(), "a rejected import writes no attempt");
        assertTrue(store.trainees().isEmpty(), "a rejected import writes no trainee");
        assertTrue(store.integrityCheck().isOk());
        return out;
    }

    @Test
    void importsEachTraineesRowsAsOneScoredAttemptInTheirHandoutsLetters() {
        String text = HEADER + rows("s-01", "Ana Ruiz", 1, QuizFixtures.workedExampleAnswers(quiz))
                + rows("s-02", "Ben Okafor", 2, QuizFixtures.perfectAnswers(quiz));
        ImportOutcome.Imported done = assertInstanceOf(ImportOutcome.Imported.class, run(text));
        assertEquals(2, done.attempts());
        assertEquals(18, done.responses());
        List<ScoredAttempt> recorded = results.results().scored(quiz.id());
        assertEquals(53.0 / 6, recorded.get(0).report().earned(), 1e-9);
        assertEquals(11, recorded.get(1).report().earned(), 1e-9);
        MarkedAttempt stored = (MarkedAttempt) store.attempt(recorded.get(0).header().storedId().value()).orElseThrow();
        assertEquals(AttemptSource.IMPORT, stored.source());
        assertEquals(Variant.forHandout(quiz, 1).code(), stored.variantCode());
        assertEquals("ana ruiz", store.trainee("s-01").orElseThrow().name().toLowerCase(java.util.Locale.ROOT));
        assertEquals(List.of(53.0 / 6, 11.0), results.results().scored(quiz.id()).stream().map(ScoredAttempt::report)
                .map(r -> r.earned()).toList());
    }

    @Test
    void aBlankAnswerLeavesTheQuestionUnanswered() {
        Map<QuestionRef, Answer> some = new java.util.TreeMap<>(QuizFixtures.perfectAnswers(quiz));
        some.remove(QuizFixtures.ref("couple-late-text#q4"));
        assertInstanceOf(ImportOutcome.Imported.class, run(HEADER + rows("s-01", "Ana Ruiz", 1, some)));
        assertEquals(8, results.results().scored(quiz.id()).get(0).report().earned(), 1e-9);
    }

    @Test
    void reportsEveryBadRowWithItsLineAndWritesNothing() {
        Variant v = Variant.forHandout(quiz, 1);
        String good = rows("s-01", "Ana Ruiz", 1, QuizFixtures.perfectAnswers(quiz));
        String[] lines = good.split("\r\n");
        QuestionRef q1 = v.order().get(0);
        String text = HEADER
                + lines[0] + "\r\n"                                                                       // 2 ok
                + lines[0] + "\r\n"                                                                       // 3 duplicate
                + CsvFixtures.write(List.of("other-quiz", "s-01", "Ana Ruiz", "", v.code(), q1.toString(), "A"))  // 4 unknown quiz
                + CsvFixtures.write(List.of(quiz.id(), "s-02", "Ben", "", "ZZZZZ", q1.toString(), "A"))          // 5 unknown variant
                + CsvFixtures.write(List.of(quiz.id(), "s-01", "Ana Ruiz", "s-01@example.org", v.code(), "nowhere#q9", "A")) // 6 unknown question
                + CsvFixtures.write(List.of(quiz.id(), "s-01", "Ana Ruiz", "s-01@example.org", v.code(), "couple-late-text#q4", "1=Q")) // 7 not among options
                + quiz.id() + ",s-01,\"Ana \"Ruiz\",x,y,z,w\r\n"                                          // 8 malformed
                + quiz.id() + ",s-01,Ana Ruiz\r\n";                                                       // 9 short row
        List<String> problems = problems(text);
        assertEquals(7, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith("line 3: duplicate row"), problems.get(0));
        assertTrue(problems.get(1).startsWith("line 4: unknown quiz 'other-quiz'"), problems.get(1));
        assertTrue(problems.get(2).startsWith("line 5: unknown variant 'ZZZZZ'"), problems.get(2));
        assertTrue(problems.get(3).startsWith("line 6: unknown question nowhere#q9"), problems.get(3));
        assertTrue(problems.get(4).startsWith("line 7: answer '1=Q' to couple-late-text#q4 is not among the options"),
                problems.get(4));
        assertTrue(problems.get(5).startsWith("line 8: malformed CSV"), problems.get(5));
        assertTrue(problems.get(6).startsWith("line 9: has 3 fields but the header has 7"), problems.get(6));
    }

    @Test
    void refusesABadHeaderNamingTheColumns() {
        List<String> problems = problems("quiz,trainee,nom,variant,question,answer\r\nx,y,z,a,b,c\r\n");
        assertEquals(List.of("line 1: unknown column 'nom'; the columns are quiz, trainee, name, variant, question, answer"
                + " and optionally email, licence, jurisdiction, submitted, text",
                "line 1: the header has no column 'name'; the header must name quiz, trainee, name, variant, question,"
                        + " answer (in any order)"), problems);
    }

    @Test
    void aTenMegabyteAnswerIsRefusedEchoingOnlyItsStart() throws Exception {
        Variant v = Variant.forHandout(quiz, 1);
        String huge = "A".repeat(10_000_000);
        Path file = dir.resolve("huge.csv");
        Files.writeString(file, HEADER + CsvFixtures.write(List.of(quiz.id(), "s-01", "Ana", "", v.code(),
                v.order().get(0).toString(), huge)), StandardCharsets.UTF_8);
        ImportOutcome outcome = new ResponseImport(store, CLOCK).run(quiz.id(), file);
        List<RowProblem> problems = assertInstanceOf(ImportOutcome.Rejected.class, outcome).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).reason().startsWith("malformed CSV: field 7 is longer than 10000 characters (it starts 'AAAA"),
                problems.get(0).reason());
        assertTrue(problems.get(0).toString().length() < 300, "only a short excerpt is echoed");
        assertTrue(store.attemptsOf(quiz.id()).isEmpty());
    }

    @Test
    void aStreamedFileThatIsNotUtf8IsRefusedAtItsByteAndLine() throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, (HEADER + "caf\u00e9").getBytes(StandardCharsets.ISO_8859_1));
        ImportOutcome outcome = new ResponseImport(store, CLOCK).run(quiz.id(), file);
        assertEquals("line 2: the file is not UTF-8 text (byte 53); save it as CSV UTF-8",
                assertInstanceOf(ImportOutcome.Rejected.class, outcome).problems().get(0).toString());
    }

    @Test
    void refusesAnEmptyFileAHeaderOnlyFileAndTextThatIsNotUtf8() {
        assertTrue(problems("").get(0).startsWith("line 1: the file is empty"));
        assertEquals(List.of("line 1: the file has a header but no responses"), problems(HEADER));
        ImportOutcome latin1 = new ResponseImport(store, CLOCK).run(quiz.id(),
                (HEADER + "caf\u00e9").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("line 2: the file is not UTF-8 text (byte 53); save it as CSV UTF-8",
                assertInstanceOf(ImportOutcome.Rejected.class, latin1).problems().get(0).toString());
    }

    @Test
    void refusesATraineeWhoseRowsDisagreeOrWhoHasNoAttemptsLeft() {
        String first = rows("s-01", "Ana Ruiz", 1, Map.of());
        assertInstanceOf(ImportOutcome.Imported.class, run(HEADER + first));
        assertInstanceOf(ImportOutcome.Imported.class, run(HEADER + first));
        ImportOutcome third = run(HEADER + first);
        assertTrue(assertInstanceOf(ImportOutcome.Rejected.class, third).problems().get(0).reason()
                .contains("has used all 2 attempt(s)"));
        assertEquals(2, store.attemptsOf(quiz.id()).size());

        Variant v = Variant.forHandout(quiz, 1);
        String text = HEADER + CsvFixtures.write(List.of(quiz.id(), "s-09", "Cy", "", v.code(), v.order().get(0).toString(), ""))
                + CsvFixtures.write(List.of(quiz.id(), "s-09", "Cyrus", "", v.code(), v.order().get(1).toString(), ""));
        ImportOutcome.Rejected r = assertInstanceOf(ImportOutcome.Rejected.class, run(text));
        assertEquals("line 3: trainee s-09 has another name ('Cyrus', not 'Cy') here than on line 2;"
                + " one trainee's rows must agree", r.problems().get(0).toString());
    }

    @Test
    void refusesAnUnknownQuizBeforeReadingTheFile() {
        StoreException e = assertThrows(StoreException.class, () -> new ResponseImport(store, CLOCK).run("nope", HEADER));
        assertEquals(StoreException.Kind.REFUSED, e.kind());
    }
}
