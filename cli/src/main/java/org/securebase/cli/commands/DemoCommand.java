package org.securebase.cli.commands;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.securebase.cli.content.Libraries;
import org.securebase.cli.io.OutputFiles;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.UserError;
import org.securebase.cli.terminal.Progress;
import org.securebase.cli.workspace.Workspace;
import org.securebase.export.certificate.Certificates;
import org.securebase.export.gradebook.Gradebook;
import org.securebase.export.gradebook.GradebookWriter;
import org.securebase.export.gradebook.SpooledRows;
import org.securebase.export.gradebook.SummaryCsv;
import org.securebase.export.handout.Handouts;
import org.securebase.export.report.ScoreReports;
import org.securebase.export.results.CohortNumbers;
import org.securebase.export.results.GradebookContent;
import org.securebase.export.results.HandoutContent;
import org.securebase.export.results.ScoreReportContent;
import org.securebase.export.typeset.FontSet;
import org.securebase.model.course.Course;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Assembly;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.Response;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.delivery.SubmittedAttempt;
import org.securebase.quiz.results.CollectedAttempt;
import org.securebase.quiz.results.Results;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.simulate.Cohort;
import org.securebase.quiz.store.AttemptSource;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.Trainee;
import org.securebase.quiz.variant.Variant;
import org.securebase.scenarios.load.Loaded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs the whole kit once on the bundled library and a fresh database: builds the CE
 * post-test, lets a simulated cohort take it, and writes the gradebook, the certificates of
 * those who passed (marked SAMPLE), a score report, handouts with answer keys and the item
 * analysis. Every output says that its results are simulated.
 *
 * @since 0.1
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole kit on the bundled library with a simulated cohort and a fresh database.",
                "Trainees answer by a Rasch ability model (docs/simulation.md); every output is labelled simulated",
                "and certificates carry a SAMPLE mark."})
public final class DemoCommand implements Callable<Integer> {
    static final String BLUEPRINT = "attachment-workshop-post-test";
    static final String COURSE = "attachment-foundations-workshop-2027";
    /** Mean ability of the simulated cohort in logits: trainees who have just done the workshop. */
    static final double PREPARED = 1.0;
    private static final List<String> NAMES = List.of("Ana Lucía Pérez", "Σωκράτης Παπαδόπουλος", "Анна Кузнецова",
            "Maëlys Château-Ruiz", "Oluwaseun Adeyemi", "Nguyễn Thị Mai", "Siobhán Ní Bhriain", "Jonas Østergaard");

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, defaultValue = "securebase-demo", paramLabel = "DIR",
            description = "The folder to write everything into, its database included (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--trainees", defaultValue = "40", paramLabel = "N", description = "How many simulated trainees (default: ${DEFAULT-VALUE}).")
    int trainees;

    @Option(names = "--seed", defaultValue = "2027", paramLabel = "N", description = "Seed of the quiz and the cohort (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--force", description = "Replace an existing output folder.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (trainees < 2) {
            throw new UserError("--trainees must be at least 2 (item analysis needs two attempts), was " + trainees);
        }
        GlobalOptions options = GlobalOptions.of(spec);
        PrintWriter err = spec.commandLine().getErr();
        Loaded loaded = Libraries.load(options, err);
        Course course = Libraries.course(loaded, COURSE);
        Quiz quiz = Assembly.assemble(Libraries.blueprint(loaded, BLUEPRINT), loaded.library(), seed);
        Clock clock = Session.clock();
        Instant start = (course.dates() == null ? LocalDate.now(clock) : course.dates().end()).atTime(9, 0).toInstant(ZoneOffset.UTC);
        Map<String, String> summary = new LinkedHashMap<>();
        Path written = OutputFiles.writeFolder(out, force, folder -> {
            Workspace workspace = new Workspace(folder.resolve("demo.db"));
            try (ResultStore store = workspace.open()) {
                Results results = new Results(store, clock);
                results.freeze(quiz);
                record(results, quiz, start);
                List<ScoredAttempt> counted = results.counted(quiz.id());
                long passed = counted.stream().filter(a -> a.report().passed()).count();
                summary.put("cohort", trainees + " simulated trainees took quiz " + quiz.id() + " (" + quiz.refs().size()
                        + " questions); " + passed + " passed at " + quiz.settings().passPercent() + "%");

                Progress bar = new Progress(err, "issuing certificates", options.interactive());
                CertificatesCommand.Issued issued;
                try {
                    issued = CertificatesCommand.issue(results, course, quiz.id(), folder.resolve("certificates"), false,
                            new Certificates(FontSet.bundled(), workspace.signingKey(), clock), bar);
                } finally {
                    bar.finish();
                }
                summary.put("certificates", issued.count() == 0 ? "none (nobody passed)"
                        : "certificates/ (" + issued.count() + " PDFs marked SAMPLE, and all-certificates.pdf for printing)");

                try (SpooledRows rows = SpooledRows.create()) {
                    CohortNumbers numbers = GradebookCommand.spool(store, quiz, counted, rows);
                    Gradebook gradebook = GradebookContent.of(quiz, rows, numbers, GradebookCommand.AUTHOR,
                            "SIMULATED DATA — " + quiz.settings().title() + " — gradebook");
                    try (OutputStream o = Files.newOutputStream(folder.resolve("gradebook.xlsx"))) {
                        new GradebookWriter(clock).write(gradebook, o);
                    }
                    try (OutputStream o = Files.newOutputStream(folder.resolve("gradebook-summary.csv"))) {
                        SummaryCsv.write(gradebook.trainees(), o);
                    }
                }
                summary.put("gradebook", "gradebook.xlsx (and gradebook-summary.csv for an LMS)");

                ScoredAttempt shown = counted.stream().filter(a -> a.report().passed()).findFirst().orElse(counted.get(0));
                String name = results.trainee(shown.header().traineeId()).map(Trainee::name).orElseThrow();
                String reportName = "score-report-" + shown.header().traineeId() + ".pdf";
                try (OutputStream o = Files.newOutputStream(folder.resolve(reportName))) {
                    new ScoreReports(FontSet.bundled(), clock).write(ScoreReportContent.of(shown, name, course.sponsor().name(),
                            LocalDate.ofInstant(shown.submission().submitted(), ZoneOffset.UTC)), o);
                }
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

                StringWriter stats = new StringWriter();
                try (PrintWriter p = new PrintWriter(stats)) {
                    p.println("SIMULATED DATA: answers drawn from a Rasch ability model (docs/simulation.md).");
                    p.println();
                    StatsCommand.print(p, quiz.id(), results.analysis(quiz.id()), 0);
                }
                Files.writeString(folder.resolve("item-analysis.txt"), stats.toString(), StandardCharsets.UTF_8);
                summary.put("item analysis", "item-analysis.txt");
            }
            summary.put("database", "demo.db (SQLite) with its signing keys in demo-keys/");
        });
        PrintWriter o = spec.commandLine().getOut();
        o.println("SecureBase demo: SIMULATED trainees on the bundled library, written to " + written);
        summary.forEach((what, where) -> o.printf("  %-14s %s%n", what, where));
        o.println();
        o.println("Next: open gradebook.xlsx; check a certificate offline with");
        o.println("  securebase --db " + written.resolve("demo.db") + " verify " + written.resolve("certificates") + "/<file>.pdf");
        o.flush();
        return ExitCodes.OK;
    }

    private void record(Results results, Quiz quiz, Instant start) {
        Cohort cohort = Cohort.simulate(quiz, trainees, seed, start, PREPARED);
        List<Trainee> people = new ArrayList<>();
        List<CollectedAttempt> attempts = new ArrayList<>();
        List<SubmittedAttempt> submitted = cohort.attempts();
        for (int i = 0; i < submitted.size(); i++) {
            SubmittedAttempt a = submitted.get(i);
            String id = a.header().traineeId();
            String name = i < NAMES.size() ? NAMES.get(i) + " (simulated)" : "Simulated trainee " + (i + 1);
            people.add(new Trainee(id, name, null, null, null));
            Map<QuestionRef, Answer> answers = new LinkedHashMap<>();
            for (Response r : a.responses()) {
                if (!r.clears()) {
                    answers.put(r.ref(), r.answer());
                }
            }
            attempts.add(new CollectedAttempt(id, a.header().variant(), answers, a.submitted()));
        }
        results.recordCollected(quiz, people, attempts, AttemptSource.SIMULATED);
    }
}
