package org.securebase.export.gradebook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.securebase.export.gradebook.ItemRow.Flag;
import org.securebase.model.concept.ConceptGroup;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.question.QuestionRef;

/** Gradebooks for tests: named trainees (some with formula-like names) and generated ones. */
public final class GradebookFixtures {
    static final List<ConceptId> CONCEPTS = List.of(ConceptId.of("style.anxious"), ConceptId.of("eft.step.3"),
            ConceptId.of("cycle.pursue-withdraw"));

    private GradebookFixtures() {
    }

    /** Four question columns worth 1, 1, 2 and 2 points. */
    public static List<QuestionColumn> anyQuestions() {
        return List.of(new QuestionColumn(new QuestionRef("couple-01", "q1"), "Q1", 1),
                new QuestionColumn(new QuestionRef("couple-01", "q2"), "Q2", 1),
                new QuestionColumn(new QuestionRef("family-02", "q1"), "Q3", 2),
                new QuestionColumn(new QuestionRef("family-02", "q2"), "Q4", 2));
    }

    /** A row with the given marks on the four questions (max 6). */
    public static TraineeRow row(String id, String name, double... marks) {
        int[] max = {1, 1, 2, 2};
        List<ResponseMark> responses = new ArrayList<>();
        BigDecimal score = BigDecimal.ZERO;
        for (int i = 0; i < 4; i++) {
            BigDecimal p = BigDecimal.valueOf(marks[i]);
            responses.add(new ResponseMark(p, BigDecimal.valueOf(max[i])));
            score = score.add(p);
        }
        boolean passed = score.doubleValue() / 6 >= 0.7;
        return new TraineeRow(id, name, score, new BigDecimal("6"), passed, passed ? LocalDate.of(2027, 3, 14) : null,
                passed ? "RCTI-" + id : null, responses,
                Map.of(CONCEPTS.get(0), marks[0], CONCEPTS.get(1), marks[2] / 2, CONCEPTS.get(2), marks[3] / 2));
    }

    /** Named rows, including names a spreadsheet would take for formulas. */
    public static List<TraineeRow> anyRows() {
        return List.of(row("t-001", "Zoë Ffion Østergaard-Lefèvre", 1, 1, 2, 2),
                row("t-002", "Σωκράτης Παπαδόπουλος", 1, 0, 1, 2),
                row("t-003", "=HYPERLINK(\"http://evil\",\"click\")", 0, 0, 0, 1),
                row("t-004", "+1 555 0100", 1, 1, 1.5, 0),
                row("t-005", "-Анна Кузнецова", 1, 1, 2, 1),
                row("t-006", "@SUM(A1:A9)", 0, 1, 2, 2));
    }

    /** Generated rows, made one at a time as they are iterated. */
    public static Iterable<TraineeRow> generatedRows(int count) {
        return () -> new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public TraineeRow next() {
                if (i >= count) {
                    throw new NoSuchElementException();
                }
                int k = i++;
                return row(String.format("g-%06d", k), "Trainee " + k, k % 2, (k / 2) % 2, k % 3, (k / 3) % 3);
            }
        };
    }

    /** A gradebook over the given rows with item analysis, test statistics and chart data. */
    public static Gradebook anyGradebook(Iterable<TraineeRow> rows) {
        List<ConceptColumn> concepts = List.of(new ConceptColumn(CONCEPTS.get(0), "Anxious attachment"),
                new ConceptColumn(CONCEPTS.get(1), "EFT step 3: accessing unacknowledged emotions"),
                new ConceptColumn(CONCEPTS.get(2), "Pursue–withdraw cycle"));
        List<ItemRow> items = List.of(
                new ItemRow(new QuestionRef("couple-01", "q1"), "Q1", "Which attachment style does Maya show?",
                        List.of(new Statistic("facility", 0.67), new Statistic("discrimination", 0.41),
                                new Statistic("point-biserial", 0.38)), List.of()),
                new ItemRow(new QuestionRef("couple-01", "q2"), "Q2", "=What does Tom's silence protect?",
                        List.of(new Statistic("facility", 0.95), new Statistic("discrimination", 0.02),
                                new Statistic("point-biserial", null)),
                        List.of(new Flag("too-easy", "facility 0.95 is above 0.90"),
                                new Flag("weak-discrimination", "discrimination 0.02 is below 0.20"))));
        List<Double> fractions = new ArrayList<>();
        rows.forEach(r -> fractions.add(r.fraction()));
        ChartData charts = new ChartData(ChartData.tenBands(fractions), List.of(
                new ChartData.GroupMastery(ConceptGroup.STYLE, 0.72), new ChartData.GroupMastery(ConceptGroup.EFT_STEP, 0.55),
                new ChartData.GroupMastery(ConceptGroup.CYCLE, 0.61)));
        List<Statistic> stats = List.of(new Statistic("trainees", (double) fractions.size()),
                new Statistic("mean percent", fractions.stream().collect(Collectors.averagingDouble(d -> d * 100))),
                new Statistic("KR-20", 0.71), new Statistic("SEM (points)", 0.62));
        return new Gradebook("Foundations of Emotionally Focused Therapy", "Riverside Counseling Training Institute",
                anyQuestions(), concepts, rows, items, stats, charts, anyOptions());
    }

    /** The distractor analysis of Q1: a key, a working distractor and one no one chose. */
    public static List<OptionRow> anyOptions() {
        QuestionRef q1 = new QuestionRef("couple-01", "q1");
        return List.of(new OptionRow(q1, "Q1", "A", "Anxious-preoccupied", true, 5, 5 / 6.0, 2, 1, List.of()),
                new OptionRow(q1, "Q1", "B", "=Dismissive-avoidant", false, 1, 1 / 6.0, 0, 1, List.of()),
                new OptionRow(q1, "Q1", "C", "Secure", false, 0, 0, 0, 0,
                        List.of(new Flag("rarely-chosen", "chosen by 0 of 6 attempts (0.0 %, under 5 %)"))));
    }

    /** Score fractions 0, 0.1 … 1.0 for band counting. */
    public static List<Double> elevenFractions() {
        return IntStream.rangeClosed(0, 10).mapToObj(i -> i / 10.0).toList();
    }
}
