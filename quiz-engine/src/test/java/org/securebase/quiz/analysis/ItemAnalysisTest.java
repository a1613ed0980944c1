package org.securebase.quiz.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securebase.quiz.QuizFixtures.START;
import static org.securebase.quiz.QuizFixtures.ref;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.InProgressAttempt;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.simulate.Cohort;

class ItemAnalysisTest {
    private static final double EPS = 1e-9;

    private static MarkSheet sheet(double[] max, double[]... rows) {
        List<QuestionRef> items = new ArrayList<>();
        List<Double> maxima = new ArrayList<>();
        for (int i = 0; i < max.length; i++) {
            items.add(QuestionRef.parse("v#q" + (i + 1)));
            maxima.add(max[i]);
        }
        List<MarkSheet.Row> out = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            List<Double> marks = new ArrayList<>();
            for (double m : rows[r]) {
                marks.add(m);
            }
            out.add(new MarkSheet.Row("t" + r, marks));
        }
        return new MarkSheet(items, maxima, out);
    }

    /** Four attempts at three 0/1 questions forming a perfect Guttman scale; worked by hand in docs/item-analysis.md. */
    private static final MarkSheet GUTTMAN = sheet(new double[] {1, 1, 1},
            new double[] {1, 1, 1}, new double[] {1, 1, 0}, new double[] {1, 0, 0}, new double[] {0, 0, 0});

    @Test
    void matchesTheHandWorkedGuttmanScale() {
        ItemAnalysis a = ItemAnalysis.of(GUTTMAN);
        TestStatistics t = a.test();
        assertEquals(1.5, t.mean(), EPS);
        assertEquals(1.5, t.median(), EPS);
        assertEquals(Math.sqrt(5 / 3.0), t.sd(), EPS);
        assertEquals(0, t.skewness().orElseThrow(), EPS);
        assertEquals(-1.2, t.kurtosis().orElseThrow(), EPS);
        assertEquals(0.75, t.cronbachAlpha().orElseThrow(), EPS);
        assertEquals(50, t.errorRatio().orElseThrow(), EPS);
        assertEquals(0.5 * Math.sqrt(5 / 3.0), t.standardError().orElseThrow(), EPS);

        QuestionStatistics q1 = a.questions().get(0);
        assertEquals(0.75, q1.facility(), EPS);
        assertEquals(0.5, q1.sd(), EPS);
        assertEquals(100 * 0.25 / Math.sqrt(0.25 * 11 / 12.0), q1.discriminationIndex().orElseThrow(), EPS);
        assertEquals(52.2232967867, q1.discriminationIndex().orElseThrow(), 1e-8);
        assertEquals(100, q1.discriminativeEfficiency().orElseThrow(), EPS);
        QuestionStatistics q2 = a.questions().get(1);
        assertEquals(0.5, q2.facility(), EPS);
        assertEquals(100 / Math.sqrt(2), q2.discriminationIndex().orElseThrow(), EPS);
        assertTrue(a.questions().stream().allMatch(q -> q.flags().isEmpty()));
    }

    @Test
    void flagsAQuestionEveryoneGetsRightAsTooEasyAndNotDiscriminating() {
        MarkSheet s = sheet(new double[] {1, 1, 1}, new double[] {1, 1, 1}, new double[] {1, 1, 0},
                new double[] {1, 0, 0}, new double[] {1, 0, 0});
        QuestionStatistics q1 = ItemAnalysis.of(s).questions().get(0);
        assertEquals(List.of("too-easy", "does-not-discriminate"), q1.flags().stream().map(Flag::name).toList());
        assertEquals("facility 1.00 is above 0.90: nearly everyone earns the marks", q1.flags().get(0).reason());
        assertTrue(q1.discriminationIndex().isEmpty());
    }

    @Test
    void flagsAQuestionTheWeakerTraineesGetRight() {
        MarkSheet s = sheet(new double[] {1, 1, 1}, new double[] {0, 1, 1}, new double[] {0, 1, 0},
                new double[] {1, 0, 0}, new double[] {1, 0, 0});
        QuestionStatistics q1 = ItemAnalysis.of(s).questions().get(0);
        assertTrue(q1.discriminationIndex().orElseThrow() < 0);
        assertEquals("does-not-discriminate", q1.flags().get(0).name());
        assertTrue(q1.flags().get(0).reason().contains("is negative"), q1.flags().get(0).reason());
    }

    @Test
    void agreesWithThePythonReferenceImplementation() throws IOException {
        List<String[]> marks = csv("/analysis/marks.csv");
        List<QuestionRef> items = new ArrayList<>();
        List<Double> max = new ArrayList<>();
        for (int i = 1; i < marks.get(0).length; i++) {
            items.add(QuestionRef.parse(marks.get(0)[i]));
            max.add(Double.parseDouble(marks.get(1)[i]));
        }
        List<MarkSheet.Row> rows = new ArrayList<>();
        for (String[] r : marks.subList(2, marks.size())) {
            List<Double> m = new ArrayList<>();
            for (int i = 1; i < r.length; i++) {
                m.add(Double.parseDouble(r[i]));
            }
            rows.add(new MarkSheet.Row(r[0], m));
        }
        ItemAnalysis a = ItemAnalysis.of(new MarkSheet(items, max, rows));
        List<String[]> expected = csv("/analysis/expected.csv");
        int checked = 0;
        for (String[] e : expected.subList(1, expected.size())) {
            OptionalDouble actual = actual(a, items, e[0], e[1]);
            if (e[2].equals("NA")) {
                assertTrue(actual.isEmpty(), e[0] + " " + e[1] + " should be undefined, was " + actual);
            } else {
                assertEquals(Double.parseDouble(e[2]), actual.orElseThrow(), 1e-9, e[0] + " " + e[1]);
            }
            checked++;
        }
        assertEquals(28, checked);
    }

    private static OptionalDouble actual(ItemAnalysis a, List<QuestionRef> items, String stat, String item) {
        if (!item.isEmpty()) {
            QuestionStatistics q = a.questions().get(items.indexOf(QuestionRef.parse(item)));
            switch (stat) {
                case "facility": return OptionalDouble.of(q.facility());
                case "sd": return OptionalDouble.of(q.sd());
                case "discrimination_index": return q.discriminationIndex();
                case "discriminative_efficiency": return q.discriminativeEfficiency();
                default: throw new AssertionError("unknown statistic " + stat);
            }
        }
        TestStatistics t = a.test();
        switch (stat) {
            case "mean": return OptionalDouble.of(t.mean());
            case "median": return OptionalDouble.of(t.median());
            case "sd": return OptionalDouble.of(t.sd());
            case "skewness": return t.skewness();
            case "kurtosis": return t.kurtosis();
            case "cronbach_alpha": return t.cronbachAlpha();
            case "error_ratio": return t.errorRatio();
            case "standard_error": return t.standardError();
            default: throw new AssertionError("unknown statistic " + stat);
        }
    }

    private static List<String[]> csv(String resource) throws IOException {
        try (InputStream in = ItemAnalysisTest.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
        }
    }

    @Test
    void countsOptionChoicesInTheTopAndBottomThirds() {
        Quiz quiz = QuizFixtures.anyQuiz();
        AnswerKey key = AnswerKey.of(quiz);
        List<ScoredAttempt> attempts = new ArrayList<>();
        Map<QuestionRef, Answer> perfect = QuizFixtures.perfectAnswers(quiz);
        for (int i = 0; i < 6; i++) {
            InProgressAttempt a = InProgressAttempt.start(Optional.empty(), quiz, "t" + i, 1, START);
            int m = 1;
            for (var e : perfect.entrySet()) {
                if (m <= 9 - i) {
                    Answer given = e.getKey().equals(ref("couple-late-text#q1")) && i >= 3 ? Answer.Choice.of(2) : e.getValue();
                    a = a.answer(e.getKey(), given, START.plusSeconds(m));
                }
                m++;
            }
            attempts.add(a.submit(START.plusSeconds(60)).score(key));
        }
        ItemAnalysis analysis = ItemAnalysis.of(attempts);
        QuestionStatistics q1 = analysis.questions().stream().filter(q -> q.ref().equals(ref("couple-late-text#q1")))
                .findFirst().orElseThrow();
        assertEquals(new OptionCount(1, true, 3, 2, 0), q1.options().get(0));
        assertEquals(new OptionCount(2, false, 3, 0, 2), q1.options().get(1));
        assertEquals(4, q1.options().size());
        assertEquals(6, analysis.test().attempts());
    }

    @Test
    void countsEveryOptionAsOftenAsTheAttemptsOfEachThirdChoseIt() {
        Quiz quiz = QuizFixtures.anyQuiz();
        AnswerKey key = AnswerKey.of(quiz);
        for (long seed : new long[] {1, 2, 3}) {
            List<ScoredAttempt> attempts = Cohort.simulate(quiz, 40, seed, START).attempts().stream()
                    .map(a -> a.score(key)).toList();
            List<ScoredAttempt> ranked = new ArrayList<>(attempts);
            ranked.sort(Comparator.comparingDouble((ScoredAttempt a) -> -a.report().earned())
                    .thenComparing(a -> a.header().label()));
            List<ScoredAttempt> top = ranked.subList(0, 13);
            List<ScoredAttempt> bottom = ranked.subList(27, 40);
            int counted = 0;
            for (QuestionStatistics q : ItemAnalysis.of(attempts).questions()) {
                for (OptionCount o : q.options()) {
                    assertEquals(new OptionCount(o.position(), o.keyed(), chose(attempts, q.ref(), o.position()),
                            chose(top, q.ref(), o.position()), chose(bottom, q.ref(), o.position())), o, q.ref() + " seed " + seed);
                    counted += o.all();
                }
            }
            assertTrue(counted > 0, "no option was chosen with seed " + seed);
        }
    }

    @Test
    void aMarkSheetOfTheAttemptsGivesTheSameNumbersWithoutOptionCounts() {
        Quiz quiz = QuizFixtures.anyQuiz();
        AnswerKey key = AnswerKey.of(quiz);
        List<ScoredAttempt> attempts = Cohort.simulate(quiz, 25, 7L, START).attempts().stream().map(a -> a.score(key)).toList();
        MarkSheet sheet = MarkSheet.of(attempts);
        assertEquals(25, sheet.rows().size());
        assertEquals(attempts.get(3).header().label(), sheet.rows().get(3).attemptId());
        assertEquals(attempts.get(3).report().earned(), sheet.rows().get(3).total(), EPS);
        ItemAnalysis fromAttempts = ItemAnalysis.of(attempts);
        ItemAnalysis fromSheet = ItemAnalysis.of(sheet);
        assertEquals(fromAttempts.test(), fromSheet.test());
        for (int i = 0; i < fromSheet.questions().size(); i++) {
            QuestionStatistics a = fromAttempts.questions().get(i);
            assertEquals(new QuestionStatistics(a.ref(), a.facility(), a.sd(), a.discriminationIndex(),
                    a.discriminativeEfficiency(), a.flags(), List.of()), fromSheet.questions().get(i));
        }
    }

    private static int chose(List<ScoredAttempt> attempts, QuestionRef ref, int position) {
        return (int) attempts.stream()
                .filter(a -> a.countedAnswers().get(ref) instanceof Answer.Choice c && c.positions().contains(position))
                .count();
    }

    @Property
    void facilityStaysBetweenZeroAndOne(@ForAll @Size(min = 2, max = 20) List<@DoubleRange(min = 0, max = 1) Double> marks) {
        double[][] rows = new double[marks.size()][];
        for (int i = 0; i < marks.size(); i++) {
            rows[i] = new double[] {marks.get(i), 1 - marks.get(i) / 2};
        }
        for (QuestionStatistics q : ItemAnalysis.of(sheet(new double[] {1, 1}, rows)).questions()) {
            assertTrue(q.facility() >= 0 && q.facility() <= 1, "facility " + q.facility());
        }
    }
}
