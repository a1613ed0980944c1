package org.securebase.export.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Supplier;
import org.securebase.export.gradebook.ChartData;
import org.securebase.export.gradebook.ConceptColumn;
import org.securebase.export.gradebook.Gradebook;
import org.securebase.export.gradebook.ItemRow;
import org.securebase.export.gradebook.OptionRow;
import org.securebase.export.gradebook.QuestionColumn;
import org.securebase.export.gradebook.ResponseMark;
import org.securebase.export.gradebook.SpooledRows;
import org.securebase.export.gradebook.Statistic;
import org.securebase.export.gradebook.TraineeRow;
import org.securebase.model.ModelException;
import org.securebase.model.concept.ConceptCatalogue;
import org.securebase.model.concept.ConceptGroup;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.analysis.OptionAnalysis;
import org.securebase.quiz.analysis.QuestionStatistics;
import org.securebase.quiz.analysis.TestStatistics;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.scoring.Mastery;
import org.securebase.quiz.scoring.QuestionScore;

/**
 * A gradebook from a quiz's counted attempts and its item analysis. Trainee rows are made one
 * at a time as the writer streams them, so a large cohort never sits in memory as rows.
 *
 * @since 0.1
 */
public final class GradebookContent {
    private GradebookContent() {
    }

    /** What the gradebook needs to know about a trainee beyond the attempt. */
    public record TraineeInfo(String name, LocalDate completed, String certificateNumber) {
    }

    /**
     * Reads the counted attempts once, spooling each one's row and gathering the cohort's numbers
     * on the way, so a gradebook of any cohort is made from one pass over its attempts while
     * holding only compact numbers ({@link CohortNumbers}) and one attempt at a time.
     *
     * @param quiz the quiz the attempts answered
     * @param counted the attempts that count, one per trainee, in the order rows should appear
     * @param info name, completion date and certificate number of the trainee of an attempt
     * @param rows where the rows go
     * @return the numbers of the attempts
     * @since 0.2
     */
    public static CohortNumbers spool(Quiz quiz, Iterable<ScoredAttempt> counted, Function<ScoredAttempt, TraineeInfo> info,
                                      SpooledRows rows) {
        return CohortNumbers.of(counted, a -> rows.add(row(quiz, a, info.apply(a))));
    }

    /**
     * The gradebook of rows made with {@link #spool} and the numbers gathered with them.
     *
     * @param quiz the quiz the attempts answered
     * @param rows the rows, in order; read once for the workbook and again for each other use
     * @param numbers the numbers of the same attempts
     * @param author who made it (the sponsor or instructor)
     * @param title the workbook's title
     * @throws ModelException when there are no attempts
     * @since 0.2
     */
    public static Gradebook of(Quiz quiz, Iterable<TraineeRow> rows, CohortNumbers numbers, String author, String title) {
        if (numbers.attempts() == 0) {
            throw new ModelException("a gradebook needs at least one scored attempt");
        }
        return of(quiz, rows, numbers.attempts(), numbers.analysis(), numbers::charts, author, title);
    }

    /** The gradebook of rows already made; also what the test fixtures build the whole-list form on. */
    static Gradebook of(Quiz quiz, Iterable<TraineeRow> rows, int attempts,
                        org.securebase.quiz.analysis.ItemAnalysis analysis, Supplier<ChartData> charts,
                        String author, String title) {
        List<QuestionColumn> questions = new ArrayList<>();
        Map<QuestionRef, String> labels = new LinkedHashMap<>();
        int n = 0;
        for (LibraryQuestion q : quiz.questions()) {
            String label = "Q" + (++n);
            labels.put(q.ref(), label);
            questions.add(new QuestionColumn(q.ref(), label, q.question().points()));
        }
        List<ConceptId> conceptIds = quiz.questions().stream().flatMap(q -> q.question().concepts().stream())
                .distinct().sorted().toList();
        ConceptCatalogue catalogue = ConceptCatalogue.standard();
        List<ConceptColumn> concepts = conceptIds.stream()
                .map(id -> new ConceptColumn(id, catalogue.find(id).map(c -> c.displayName()).orElse(id.value())))
                .toList();
        if (analysis == null) {
            List<Statistic> few = List.of(new Statistic("Attempts", (double) attempts),
                    new Statistic("Maximum (points)", (double) quiz.maxPoints()),
                    new Statistic("Item analysis needs at least 2 attempts", null));
            return new Gradebook(title, author, questions, concepts, rows, List.of(), few, charts.get());
        }
        return new Gradebook(title, author, questions, concepts, rows,
                items(quiz, analysis, labels), testStatistics(analysis.test(), quiz.maxPoints()), charts.get(),
                options(quiz, analysis, labels));
    }

    /** The distractor analysis, one row per option, from the option counts the item analysis holds. */
    private static List<OptionRow> options(Quiz quiz, org.securebase.quiz.analysis.ItemAnalysis analysis,
                                           Map<QuestionRef, String> labels) {
        OptionAnalysis options = OptionAnalysis.of(analysis, quiz);
        List<OptionRow> rows = new ArrayList<>();
        for (OptionAnalysis.Option o : options.options()) {
            rows.add(new OptionRow(o.ref(), labels.getOrDefault(o.ref(), o.ref().toString()), o.letter(), o.text(),
                    o.count().keyed(), o.count().all(), options.attempts() == 0 ? 0 : (double) o.count().all() / options.attempts(),
                    o.count().top(), o.count().bottom(),
                    o.flags().stream().map(f -> new ItemRow.Flag(f.name(), f.reason())).toList()));
        }
        return rows;
    }

    /** The row of one attempt. */
    static TraineeRow row(Quiz quiz, ScoredAttempt a, TraineeInfo i) {
        String trainee = a.header().traineeId();
        List<QuestionScore> scores = a.report().questions();
        List<LibraryQuestion> asked = quiz.questions();
        List<ResponseMark> responses = new ArrayList<>(asked.size());
        for (int n = 0; n < asked.size(); n++) {
            LibraryQuestion q = asked.get(n);
            QuestionRef ref = q.ref();
            // The scorer reports the questions in the quiz's order: look further only when this one is not in its place.
            QuestionScore s = n < scores.size() && scores.get(n).ref().equals(ref) ? scores.get(n)
                    : a.report().question(ref).orElse(null);
            responses.add(s == null ? new ResponseMark(BigDecimal.ZERO, BigDecimal.valueOf(q.question().points()))
                    : new ResponseMark(ScoreReportContent.points(s.earned()), BigDecimal.valueOf(s.possible()),
                            s.awaitingGrading() && !s.voided()));
        }
        Map<ConceptId, Double> mastery = new LinkedHashMap<>();
        for (Map.Entry<ConceptId, Mastery> e : a.report().masteryByConcept().entrySet()) {
            if (e.getValue().possible() > 0) {
                mastery.put(e.getKey(), Math.min(1.0, Math.max(0.0, e.getValue().ratio())));
            }
        }
        List<QuestionRef> missed = a.report().missedMustPass();
        return new TraineeRow(trainee, i.name(), ScoreReportContent.points(a.report().earned()),
                BigDecimal.valueOf(Math.max(1, a.report().possible())), a.report().passed(), i.completed(),
                i.certificateNumber(), responses, mastery, missed.isEmpty() ? null
                        : String.join(", ", missed.stream().map(QuestionRef::toString).toList()),
                a.report().awaitingGrading());
    }

    private static List<ItemRow> items(Quiz quiz, org.securebase.quiz.analysis.ItemAnalysis analysis,
                                            Map<QuestionRef, String> labels) {
        List<ItemRow> items = new ArrayList<>();
        for (QuestionStatistics s : analysis.questions()) {
            List<Statistic> stats = new ArrayList<>();
            stats.add(new Statistic("Facility", s.facility()));
            stats.add(new Statistic("Standard deviation", s.sd()));
            stats.add(new Statistic("Discrimination index", value(s.discriminationIndex())));
            stats.add(new Statistic("Discriminative efficiency", value(s.discriminativeEfficiency())));
            List<ItemRow.Flag> flags = s.flags().stream().map(f -> new ItemRow.Flag(f.name(), f.reason())).toList();
            items.add(new ItemRow(s.ref(), labels.getOrDefault(s.ref(), s.ref().toString()),
                    quiz.question(s.ref()).question().stem(), stats, flags));
        }
        return items;
    }

    private static List<Statistic> testStatistics(TestStatistics t, int maxPoints) {
        return List.of(new Statistic("Attempts", (double) t.attempts()),
                new Statistic("Maximum (points)", (double) maxPoints),
                new Statistic("Mean (points)", t.mean()),
                new Statistic("Mean (% of maximum)", maxPoints == 0 ? null : 100.0 * t.mean() / maxPoints),
                new Statistic("Median (points)", t.median()), new Statistic("Standard deviation (points)", t.sd()),
                new Statistic("Skewness", value(t.skewness())), new Statistic("Kurtosis (excess)", value(t.kurtosis())),
                new Statistic("Cronbach's alpha", value(t.cronbachAlpha())), new Statistic("Error ratio (%)", value(t.errorRatio())),
                new Statistic("Standard error of measurement (points)", value(t.standardError())));
    }

    /** The chart numbers of counted attempts, added one at a time. */
    static final class ChartTally {
        private final List<Double> fractions = new ArrayList<>();
        private final Map<ConceptGroup, double[]> groups = new EnumMap<>(ConceptGroup.class);

        void add(ScoredAttempt a) {
            fractions.add(a.report().possible() == 0 ? 0.0 : a.report().earned() / a.report().possible());
            for (Map.Entry<ConceptGroup, Mastery> e : a.report().masteryByGroup().entrySet()) {
                double[] sum = groups.computeIfAbsent(e.getKey(), g -> new double[2]);
                sum[0] += e.getValue().earned();
                sum[1] += e.getValue().possible();
            }
        }

        /** @throws ModelException when no attempt was added */
        ChartData charts() {
            List<ChartData.GroupMastery> mastery = new ArrayList<>();
            groups.forEach((g, sum) -> {
                if (sum[1] > 0) {
                    mastery.add(new ChartData.GroupMastery(g, Math.min(1.0, sum[0] / sum[1])));
                }
            });
            if (fractions.isEmpty()) {
                throw new ModelException("a gradebook needs at least one scored attempt");
            }
            return new ChartData(ChartData.tenBands(fractions), mastery);
        }
    }

    private static Double value(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
