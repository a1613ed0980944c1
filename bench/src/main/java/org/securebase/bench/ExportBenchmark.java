package org.securebase.bench;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.securebase.export.certificate.CertificateData;
import org.securebase.export.certificate.Certificates;
import org.securebase.export.certificate.IssuedCertificate;
import org.securebase.export.certificate.Score;
import org.securebase.export.certificate.Trainee;
import org.securebase.export.gradebook.ChartData;
import org.securebase.export.gradebook.ConceptColumn;
import org.securebase.export.gradebook.Gradebook;
import org.securebase.export.gradebook.GradebookWriter;
import org.securebase.export.gradebook.ItemRow;
import org.securebase.export.gradebook.QuestionColumn;
import org.securebase.export.gradebook.ResponseMark;
import org.securebase.export.gradebook.Statistic;
import org.securebase.export.gradebook.TraineeRow;
import org.securebase.export.typeset.FontSet;
import org.securebase.export.verification.SigningKey;
import org.securebase.model.concept.ConceptGroup;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.course.Course;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.scoring.QuestionScore;
import org.securebase.quiz.scoring.ScoreReport;
import org.securebase.scenarios.load.ContentLoader;
import org.securebase.scenarios.load.Progress;

/** Issuing one signed CE certificate, and streaming a gradebook of N trainees × 60 questions. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExportBenchmark {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T17:00:00Z"), ZoneOffset.UTC);

    /** Gradebook rows per workbook. */
    @Param("1000")
    public int rows;

    private Certificates certificates;
    private Course course;
    private GradebookWriter gradebooks;
    private List<QuestionColumn> questions;
    private List<ConceptColumn> concepts;
    private List<ItemRow> items;
    private List<TraineeRow> scoredRows;
    private int next;

    /** The bundled course, a signing key, and 200 trainees' rows at a 60-question quiz, reused round-robin. */
    @Setup
    public void setUp() {
        certificates = new Certificates(FontSet.bundled(), SigningKey.generate(), CLOCK);
        course = ContentLoader.standard().loadBundled(Progress.NONE).courses().get(0);
        gradebooks = new GradebookWriter(CLOCK);
        Quiz quiz = Inputs.quiz(Inputs.library(), 15);
        AnswerKey key = AnswerKey.of(quiz);
        questions = new ArrayList<>();
        items = new ArrayList<>();
        Map<ConceptId, ConceptColumn> conceptColumns = new LinkedHashMap<>();
        int n = 0;
        for (LibraryQuestion q : quiz.questions()) {
            String label = "Q" + ++n;
            questions.add(new QuestionColumn(q.ref(), label, q.question().points()));
            items.add(new ItemRow(q.ref(), label, q.question().stem(),
                    List.of(new Statistic("facility", 0.6), new Statistic("discrimination", 0.3)), List.of()));
            q.question().concepts().forEach(c -> conceptColumns.putIfAbsent(c, new ConceptColumn(c, c.value())));
        }
        concepts = List.copyOf(conceptColumns.values());
        scoredRows = new ArrayList<>();
        for (ScoredAttempt a : Inputs.cohort(quiz, 200).attempts().stream().map(a -> a.score(key)).toList()) {
            scoredRows.add(row(a.submission().header().traineeId(), a.report()));
        }
    }

    private static TraineeRow row(String id, ScoreReport report) {
        List<ResponseMark> responses = new ArrayList<>();
        for (QuestionScore s : report.questions()) {
            responses.add(new ResponseMark(BigDecimal.valueOf(s.earned()), BigDecimal.valueOf(s.possible())));
        }
        Map<ConceptId, Double> mastery = new LinkedHashMap<>();
        report.masteryByConcept().forEach((c, m) -> mastery.put(c, Math.min(1.0, Math.max(0.0, m.ratio()))));
        return new TraineeRow(id, "Trainee " + id, BigDecimal.valueOf(report.earned()), BigDecimal.valueOf(report.possible()),
                report.passed(), report.passed() ? LocalDate.of(2026, 3, 2) : null, null, responses, mastery);
    }

    /** Issues one certificate, signed, to a discarding stream. */
    @Benchmark
    public IssuedCertificate issueOneCertificate() {
        int i = next++;
        Trainee t = Trainee.of("t-" + i, "Trainee Number " + i);
        return certificates.issue(new CertificateData(course, t, LocalDate.of(2026, 3, 2), "BENCH-" + i,
                new Score(new BigDecimal("52"), new BigDecimal("60")), false), OutputStream.nullOutputStream());
    }

    /** Writes a whole gradebook workbook of {@link #rows} trainees, rows streamed one by one. */
    @Benchmark
    public int streamGradebookRows() {
        Iterable<TraineeRow> stream = () -> new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < rows;
            }

            @Override
            public TraineeRow next() {
                if (i >= rows) {
                    throw new NoSuchElementException();
                }
                return Inputs.cycle(scoredRows, i++);
            }
        };
        ChartData charts = new ChartData(List.of(new ChartData.Band("0–9 %", 0), new ChartData.Band("90–100 %", rows)),
                List.of(new ChartData.GroupMastery(ConceptGroup.STYLE, 0.6)));
        gradebooks.write(new Gradebook("Synthetic quiz of 60 questions", "SecureBase benchmarks", questions, concepts, stream,
                items, List.of(new Statistic("trainees", (double) rows)), charts), OutputStream.nullOutputStream());
        return rows;
    }
}
