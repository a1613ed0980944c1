package org.securebase.quiz.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.securebase.model.ModelException;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.RaschFixtures;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.simulate.Cohort;
import org.securebase.quiz.simulate.Rasch;

/**
 * Rasch calibration gives back what generated the data: the simulator's difficulties, and the
 * numbers of an independent Python implementation (src/test/resources/rasch/).
 */
class RaschCalibrationTest {
    static final Path REFERENCE = Path.of("src", "test", "resources", "rasch");
    /** Estimates must match the Python reference to this many logits (they agree to 1e-7; expected.csv has 9 decimals). */
    static final double REFERENCE_TOLERANCE = 1e-6;

    static MarkSheet marks(Quiz quiz, int trainees, long seed) {
        Cohort cohort = Cohort.simulate(quiz, trainees, seed, QuizFixtures.START);
        AnswerKey key = AnswerKey.of(quiz);
        return MarkSheet.of(cohort.attempts().stream().map(a -> a.score(key)).toList());
    }

    /** The generating difficulty of each calibrated item, in the calibration's order. */
    static double[] generating(Quiz quiz, Calibration c) {
        return c.items().stream().mapToDouble(i -> Rasch.difficulty(quiz.question(i.ref()).difficulty())).toArray();
    }

    static double correlation(double[] a, double[] b) {
        double ma = mean(a);
        double mb = mean(b);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    /** Mean absolute error after moving the estimates to the generating mean (the logit scale has no fixed origin). */
    static double meanAbsoluteError(double[] estimated, double[] truth) {
        double shift = mean(truth) - mean(estimated);
        double sum = 0;
        for (int i = 0; i < truth.length; i++) {
            sum += Math.abs(estimated[i] + shift - truth[i]);
        }
        return sum / truth.length;
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    @Test
    void recoversTheSimulatorsDifficultiesAtFiveHundredTrainees() {
        Quiz quiz = RaschFixtures.singleChoiceQuiz(10, 3);
        Calibration c = RaschCalibration.of(marks(quiz, 500, 2026));
        assertEquals(30, c.items().size());
        double[] estimated = c.items().stream().mapToDouble(CalibratedItem::difficulty).toArray();
        double[] truth = generating(quiz, c);
        double r = correlation(estimated, truth);
        double mae = meanAbsoluteError(estimated, truth);
        assertTrue(r > 0.95, "correlation " + r);
        assertTrue(mae < 0.15, "mean absolute error " + mae);
        assertTrue(c.items().stream().allMatch(i -> i.standardError() > 0.08 && i.standardError() < 0.15),
                "SE at 500 trainees: " + c.items().stream().map(CalibratedItem::standardError).toList());
        assertTrue(c.items().stream().noneMatch(i -> i.partialCredit()));
        assertTrue(c.items().stream().allMatch(i -> i.infit() > 0.8 && i.infit() < 1.2), "data that fit the model fit");
    }

    @Test
    void flagsAnItemAnsweredAtRandomAsMisfitting() {
        MarkSheet fitting = marks(RaschFixtures.singleChoiceQuiz(5, 3), 400, 9);
        Random coin = new Random(3);
        List<QuestionRef> items = new ArrayList<>(fitting.items());
        items.add(QuestionRef.parse("coin#q1"));
        List<Double> max = new ArrayList<>(fitting.maxMarks());
        max.add(1.0);
        List<MarkSheet.Row> rows = new ArrayList<>();
        for (MarkSheet.Row row : fitting.rows()) {
            List<Double> m = new ArrayList<>(row.marks());
            m.add(coin.nextBoolean() ? 1.0 : 0.0);
            rows.add(new MarkSheet.Row(row.attemptId(), m));
        }
        Calibration c = RaschCalibration.of(new MarkSheet(items, max, rows));
        CalibratedItem random = c.items().get(c.items().size() - 1);
        assertEquals(QuestionRef.parse("coin#q1"), random.ref());
        assertTrue(random.infit() > CalibratedItem.FIT_HIGH, "infit " + random.infit());
        assertEquals("misfit", random.flags().get(0).name());
        assertTrue(c.items().subList(0, 15).stream().allMatch(i -> i.flags().isEmpty()));
    }

    @Test
    void usesThePartialCreditModelWhereMarksAreNotRightOrWrong() {
        Quiz quiz = QuizFixtures.anyQuiz();
        Calibration c = RaschCalibration.of(marks(quiz, 300, 4));
        CalibratedItem matching = c.items().stream().filter(i -> i.ref().equals(QuizFixtures.ref("couple-late-text#q4")))
                .findFirst().orElseThrow();
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0), matching.categories(), "3 points by share of 3 pairs");
        assertEquals(3, matching.thresholds().size());
        assertTrue(matching.partialCredit());
        assertEquals(matching.thresholds().stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
                matching.difficulty(), 1e-12);
    }

    @Test
    void setsAsideAttemptsAndItemsWithNoFiniteEstimate() {
        List<QuestionRef> items = List.of(QuestionRef.parse("a#q1"), QuestionRef.parse("a#q2"), QuestionRef.parse("a#q3"),
                QuestionRef.parse("a#q4"));
        List<Double> max = List.of(1.0, 1.0, 1.0, 1.0);
        List<MarkSheet.Row> rows = List.of(row("all-right", 1, 1, 1, 1), row("none-right", 0, 0, 0, 0),
                row("p1", 1, 0, 0, 1), row("p2", 1, 1, 0, 1), row("p3", 0, 1, 1, 1), row("p4", 1, 0, 1, 1));
        Calibration c = RaschCalibration.of(new MarkSheet(items, max, rows));
        assertEquals(2, c.extremePersons());
        assertEquals(List.of(QuestionRef.parse("a#q4")), c.extremeItems(), "everyone left got q4 right");
        assertEquals(4, c.persons());
        assertEquals(3, c.items().size());
        assertEquals(0, c.items().stream().mapToDouble(CalibratedItem::difficulty).sum(), 1e-9, "difficulties centred");
    }

    @Test
    void refusesDataWithNothingToEstimate() {
        List<QuestionRef> items = List.of(QuestionRef.parse("a#q1"), QuestionRef.parse("a#q2"));
        ModelException e = assertThrows(ModelException.class, () -> RaschCalibration.of(new MarkSheet(items,
                List.of(1.0, 1.0), List.of(row("x", 1, 1), row("y", 0, 0)))));
        assertTrue(e.getMessage().startsWith("Rasch calibration needs at least 2 items and 2 attempts"), e.getMessage());
    }

    @Test
    void agreesWithTheIndependentPythonReference() throws IOException {
        List<String> lines = Files.readAllLines(REFERENCE.resolve("marks.csv"), StandardCharsets.UTF_8);
        String[] head = lines.get(0).split(",");
        String[] maxima = lines.get(1).split(",");
        List<QuestionRef> items = new ArrayList<>();
        List<Double> max = new ArrayList<>();
        for (int i = 1; i < head.length; i++) {
            items.add(QuestionRef.parse(head[i]));
            max.add(Double.parseDouble(maxima[i]));
        }
        List<MarkSheet.Row> rows = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            String[] f = line.split(",");
            List<Double> m = new ArrayList<>();
            for (int i = 1; i < f.length; i++) {
                m.add(Double.parseDouble(f[i]));
            }
            rows.add(new MarkSheet.Row(f[0], m));
        }
        Calibration c = RaschCalibration.of(new MarkSheet(items, max, rows));
        List<String> expected = Files.readAllLines(REFERENCE.resolve("expected.csv"), StandardCharsets.UTF_8);
        assertEquals("item,categories,difficulty,se,infit,outfit", expected.get(0));
        assertEquals(c.items().size(), expected.size() - 3, "one line per item, then persons and reliability");
        for (int i = 0; i < c.items().size(); i++) {
            String[] e = expected.get(i + 1).split(",");
            CalibratedItem item = c.items().get(i);
            assertEquals(e[0], item.ref().toString());
            assertEquals(Integer.parseInt(e[1]), item.categories().size(), e[0]);
            assertEquals(Double.parseDouble(e[2]), item.difficulty(), REFERENCE_TOLERANCE, e[0] + " difficulty");
            assertEquals(Double.parseDouble(e[3]), item.standardError(), REFERENCE_TOLERANCE, e[0] + " SE");
            assertEquals(Double.parseDouble(e[4]), item.infit(), REFERENCE_TOLERANCE, e[0] + " infit");
            assertEquals(Double.parseDouble(e[5]), item.outfit(), REFERENCE_TOLERANCE, e[0] + " outfit");
        }
        String[] persons = expected.get(expected.size() - 2).split(",");
        assertEquals("persons", persons[0]);
        assertEquals(Integer.parseInt(persons[1]), c.persons());
        assertEquals(Integer.parseInt(persons[2]), c.extremePersons());
        String[] reliability = expected.get(expected.size() - 1).split(",");
        assertEquals("reliability", reliability[0]);
        assertEquals(Double.parseDouble(reliability[1]), c.personReliability(), REFERENCE_TOLERANCE);
    }

    /**
     * Writes the reference input, marks.csv, from the simulator (a mixed quiz, partial credit
     * included), when run with {@code -Dsecurebase.writeRaschMarks=true}; then run
     * {@code python3 reference.py marks.csv expected.csv} in the same folder.
     */
    @Test
    void referenceInputIsTheSimulatorsCohort() throws IOException {
        Quiz quiz = QuizFixtures.anyQuiz();
        MarkSheet sheet = marks(quiz, 250, 17);
        StringBuilder csv = new StringBuilder("attempt");
        sheet.items().forEach(i -> csv.append(',').append(i));
        csv.append("\nmax");
        sheet.maxMarks().forEach(m -> csv.append(',').append(number(m)));
        csv.append('\n');
        for (MarkSheet.Row r : sheet.rows()) {
            csv.append(r.attemptId());
            r.marks().forEach(m -> csv.append(',').append(number(m)));
            csv.append('\n');
        }
        Path file = REFERENCE.resolve("marks.csv");
        if (Boolean.getBoolean("securebase.writeRaschMarks")) {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
        }
        assertEquals(csv.toString(), Files.readString(file, StandardCharsets.UTF_8),
                "marks.csv is the simulator's cohort; regenerate it and expected.csv when the simulator changes");
        assertTrue(quiz.questions().stream().map(LibraryQuestion::ref).toList().containsAll(sheet.items()));
    }

    static String number(double v) {
        return String.format(Locale.ROOT, "%.12g", v).replaceAll("\\.?0+$", "");
    }

    static MarkSheet.Row row(String id, double... marks) {
        List<Double> m = new ArrayList<>();
        for (double v : marks) {
            m.add(v);
        }
        return new MarkSheet.Row(id, m);
    }
}
