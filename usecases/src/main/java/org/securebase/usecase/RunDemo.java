package org.securebase.usecase;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.securebase.export.certificate.Certificates;
import org.securebase.export.gradebook.Gradebook;
import org.securebase.export.gradebook.SpooledRows;
import org.securebase.export.handout.Handouts;
import org.securebase.export.results.CohortNumbers;
import org.securebase.export.results.GradebookContent;
import org.securebase.export.results.HandoutContent;
import org.securebase.export.results.ScoreReportContent;
import org.securebase.export.typeset.FontSet;
import org.securebase.model.Checks;
import org.securebase.model.course.Course;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.results.FrozenQuizzes;
import org.securebase.quiz.results.QuizResults;
import org.securebase.quiz.results.Registrations;
import org.securebase.quiz.simulate.Cohort;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.RegisteredTrainee;
import org.securebase.quiz.variant.Variant;

/**
 * Runs the whole kit once on a fresh database in a new folder: freezes the quiz, lets a
 * simulated cohort take it, and writes the gradebook, the certificates of those who passed
 * (marked SAMPLE), a score report, handouts with answer keys and the item analysis. Every
 * output says that its results are simulated. The folder appears whole or not at all.
 *
 * @since 0.3
 */
public final class RunDemo {
    /** Mean ability of the simulated cohort in logits: trainees who have just done the workshop. */
    public static final double PREPARED = 1.0;
    private static final List<String> NAMES = List.of("Ana Lucía Pérez", "Σωκράτης Παπαδόπουλος", "Анна Кузнецова",
            "Maëlys Château-Ruiz", "Oluwaseun Adeyemi", "Nguyễn Thị Mai", "Siobhán Ní Bhriain", "Jonas Østergaard");

    private final Clock clock;

    /** @param clock the time of the outputs; the cohort sits on the course's last day */
    public RunDemo(Clock clock) {
        this.clock = Checks.present(clock, "clock");
    }

    /**
     * What to run.
     *
     * @param course the course the certificates are for
     * @param quiz the quiz the cohort takes, drawn from the course's blueprint
     * @param trainees how many simulated trainees, at least 2
     * @param seed the seed of the cohort
     * @param out the folder to write, which must not exist unless {@code force}
     * @param force replace an existing folder
     * @param itemAnalysisText how the item analysis reads as text (the interface's own table)
     */
    public record Request(Course course, Quiz quiz, int trainees, long seed, Path out, boolean force,
            Function<AnalyseItems.ItemStatistics, String> itemAnalysisText) {
        /** Checks the parts. */
        public Request {
            Checks.present(course, "course");
            Checks.present(quiz, "quiz");
            Checks.present(out, "output folder");
            Checks.present(itemAnalysisText, "item analysis text");
            if (trainees < 2) {
                throw new Refusal("--trainees must be at least 2 (item analysis needs two attempts), was " + trainees);
            }
        }
    }

    /**
     * What the demo wrote.
     *
     * @param folder the folder
     * @param summary what each output is, by name, in the order written
     */
    public record Written(Path folder, Map<String, String> summary) {
    }

    /**
     * Runs the demo.
     *
     * @param request what to run
     * @param progress told after each certificate
     * @return what was written
     * @throws IOException when an output cannot be written; the folder is not left behind
     */
    public Written run(Request request, WorkDone progress) throws IOException {
        Course course = request.course();
        Quiz quiz = request.quiz();
        Instant start = (course.dates() == null ? LocalDate.now(clock) : course.dates().end()).atTime(9, 0)
                .toInstant(ZoneOffset.UTC);
        Map<String, String> summary = new LinkedHashMap<>();
        Path written = OutputFiles.writeFolder(request.out(), request.force(), folder -> {
            Workspace workspace = new Workspace(folder.resolve("demo.db"));
            try (ResultStore store = workspace.open()) {
                new FrozenQuizzes(store).freeze(quiz);
                QuizResults results = new QuizResults(store);
                Cohort cohort = Cohort.simulate(quiz, request.trainees(), request.seed(), start, PREPARED);
                RecordCohort.record(store, cohort,
                        i -> i < NAMES.size() ? NAMES.get(i) + " (simulated)" : "Simulated trainee " + (i + 1));
                List<ScoredAttempt> counted = results.counted(quiz.id());
                long passed = counted.stream().filter(a -> a.report().passed()).count();
                summary.put("cohort", request.trainees() + " simulated trainees took quiz " + quiz.id() + " ("
                        + quiz.refs().size() + " questions); " + passed + " passed at " + quiz.settings().passPercent()
                        + "%");

                IssueCertificates.Issued issued = IssueCertificates.issue(store, clock, course, quiz.id(),
                        folder.resolve("certificates"), false,
                        new Certificates(FontSet.bundled(), workspace.signingKey(), clock), progress);
                summary.put("certificates", issued.count() == 0 ? "none (nobody passed)"
                        : "certificates/ (" + issued.count() + " PDFs marked SAMPLE, and all-certificates.pdf for printing)");

                try (SpooledRows rows = SpooledRows.create()) {
                    CohortNumbers numbers = ExportGradebook.spool(store, quiz, counted, rows);
                    Gradebook gradebook = GradebookContent.of(quiz, rows, numbers, ExportGradebook.AUTHOR,
                            "SIMULATED DATA — " + quiz.settings().title() + " — gradebook");
                    ExportGradebook.writeWorkbook(gradebook, folder.resolve("gradebook.xlsx"), clock);
                    ExportGradebook.writeSummary(gradebook, folder.resolve("gradebook-summary.csv"));
                }
                summary.put("gradebook", "gradebook.xlsx (and gradebook-summary.csv for an LMS)");

                ScoredAttempt shown = counted.stream().filter(a -> a.report().passed()).findFirst()
                        .orElse(counted.get(0));
                String name = new Registrations(store).trainee(shown.header().traineeId()).map(RegisteredTrainee::name).orElseThrow();
                String reportName = "score-report-" + shown.header().traineeId() + ".pdf";
                ReportScore.write(ScoreReportContent.of(shown, name, course.sponsor().name(),
                        LocalDate.ofInstant(shown.submission().submitted(), ZoneOffset.UTC)),
                        folder.resolve(reportName), clock);
                summary.put("score report", reportName + " (" + name + ")");

                Path handouts = Files.createDirectories(folder.resolve("handouts"));
                Handouts printer = new Handouts(FontSet.bundled(), clock);
                for (int n = 1; n <= 2; n++) {
                    Variant v = Variant.forHandout(quiz, n);
                    var data = HandoutContent.of(quiz, v, course.sponsor().name());
                    String stem = String.format(Locale.ROOT, "variant-%02d-%s", n, v.code());
                    try (OutputStream o = Files.newOutputStream(handouts.resolve(stem + "-handout.pdf"))) {
                        printer.writeHandout(data, o);
                    }
                    try (OutputStream o = Files.newOutputStream(handouts.resolve(stem + "-answer-key.pdf"))) {
                        printer.writeAnswerKey(data, o);
                    }
                }
                summary.put("handouts", "handouts/ (2 variants, each with its answer key)");

                String table = request.itemAnalysisText().apply(new AnalyseItems.ItemStatistics(quiz.id(),
                        results.analysis(quiz.id()), 0));
                Files.writeString(folder.resolve("item-analysis.txt"), "SIMULATED DATA: answers drawn from a Rasch"
                        + " ability model (docs/simulation.md)." + System.lineSeparator() + System.lineSeparator() + table,
                        StandardCharsets.UTF_8);
                summary.put("item analysis", "item-analysis.txt");
            }
            summary.put("database", "demo.db (SQLite) with its signing keys in demo-keys/");
        });
        return new Written(written, summary);
    }
}
