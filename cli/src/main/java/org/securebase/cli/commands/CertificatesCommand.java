package org.securebase.cli.commands;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.securebase.cli.content.Libraries;
import org.securebase.cli.io.OutputFiles;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.UserError;
import org.securebase.cli.terminal.Progress;
import org.securebase.cli.workspace.Workspace;
import org.securebase.export.certificate.BatchResult;
import org.securebase.export.certificate.CertificateBatch;
import org.securebase.export.certificate.CertificateData;
import org.securebase.export.certificate.Certificates;
import org.securebase.export.certificate.IssuedCertificate;
import org.securebase.export.certificate.Score;
import org.securebase.export.certificate.Trainee;
import org.securebase.export.typeset.Face;
import org.securebase.export.typeset.FontSet;
import org.securebase.model.course.Course;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.results.Results;
import org.securebase.quiz.store.AttemptSource;
import org.securebase.quiz.store.Certificate;
import org.securebase.quiz.store.ResultStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Issues signed CE certificates to every trainee whose counted attempt passed the course's
 * quiz: one PDF each plus a combined PDF for printing, all recorded in the store so a number
 * and code can be looked up later. Certificates from simulated attempts carry a SAMPLE mark.
 *
 * @since 0.1
 */
@Command(name = "certificates", mixinStandardHelpOptions = true,
        description = {"Issue signed CE certificates to the trainees who passed a course's quiz.",
                "Trainees who already hold a certificate for the course are skipped."})
public final class CertificatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--course", required = true, paramLabel = "COURSE", description = "The course id (see 'securebase list').")
    String courseId;

    @Option(names = "--quiz", paramLabel = "QUIZ-ID",
            description = "The quiz whose results count (default: the only quiz built from the course's blueprint).")
    String quizId;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "The folder to write (must not exist without --force).")
    Path out;

    @Option(names = "--font", paramLabel = "FILE.ttf",
            description = "A TrueType font for every text, for names in scripts the bundled DejaVu fonts lack.")
    Path font;

    @Option(names = "--force", description = "Replace an existing output folder.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        GlobalOptions options = GlobalOptions.of(spec);
        Course course = Libraries.course(Libraries.load(options, spec.commandLine().getErr()), courseId);
        Workspace workspace = Workspace.of(options);
        Clock clock = Session.clock();
        FontSet fonts = font == null ? FontSet.bundled() : FontSet.of(Map.of(Face.SERIF, font, Face.SERIF_BOLD, font,
                Face.SERIF_ITALIC, font, Face.SANS, font, Face.SANS_BOLD, font, Face.MONO, font));
        try (ResultStore store = workspace.openExisting()) {
            Results results = new Results(store, clock);
            String id = Workspace.pickQuiz(store, quizId, course.quizId());
            Progress bar = new Progress(spec.commandLine().getErr(), "issuing certificates", options.interactive());
            Issued issued;
            try {
                issued = issue(results, course, id, out, force, new Certificates(fonts, workspace.signingKey(), clock), bar);
            } finally {
                bar.finish();
            }
            if (issued.count() == 0) {
                spec.commandLine().getOut().println("no new certificates: no trainee passed quiz " + id
                        + (issued.before() == 0 ? "" : " who does not already hold one (" + issued.before() + " issued before)"));
            } else {
                spec.commandLine().getOut().println("issued " + issued.count() + " certificates for " + course.id() + " into "
                        + issued.folder() + " (combined for printing: " + CertificateBatch.COMBINED + ")"
                        + (issued.samples() > 0 ? "; " + issued.samples() + " from simulated results are marked SAMPLE" : ""));
            }
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** What a run issued: how many, how many of them SAMPLE, how many the course held before, and where. */
    record Issued(int count, long samples, int before, Path folder) {
    }

    /**
     * Issues certificates to every trainee whose counted attempt at the quiz passed and who holds
     * none for the course yet, into a new folder, and records each in the store.
     */
    static Issued issue(Results results, Course course, String quizId, Path out, boolean force, Certificates certificates,
                        Progress bar) throws java.io.IOException {
        ResultStore store = results.store();
        Clock clock = results.clock();
        Set<String> certified = new HashSet<>();
        List<Certificate> existing = store.certificatesOf(course.id());
        existing.stream().filter(c -> c instanceof org.securebase.quiz.store.IssuedCertificate)
                .forEach(c -> certified.add(issued(c).traineeId()));
        List<CertificateData> data = new ArrayList<>();
        List<ScoredAttempt> attempts = new ArrayList<>();
        int sequence = existing.size();
        for (ScoredAttempt a : results.counted(quizId)) {
            String trainee = a.header().traineeId();
            if (!a.report().passed() || certified.contains(trainee)) {
                continue;
            }
            var t = results.requireTrainee(trainee);
            boolean simulated = store.attempt(Results.storeId(a)).map(s -> s.source() == AttemptSource.SIMULATED).orElse(false);
            LocalDate completed = LocalDate.ofInstant(a.submission().submitted(), ZoneOffset.UTC);
            data.add(new CertificateData(course, new Trainee(t.id(), t.name(), t.licenceNumber(), t.jurisdiction()),
                    completed, number(course, completed, ++sequence),
                    new Score(points(a.report().earned()), BigDecimal.valueOf(a.report().possible())), simulated));
            attempts.add(a);
        }
        if (data.isEmpty()) {
            return new Issued(0, 0, certified.size(), null);
        }
        Path written = OutputFiles.writeFolder(out, force, folder -> {
            BatchResult result = new CertificateBatch(certificates).issue(data, folder,
                    (done, total, cert) -> bar.update(done, total));
            for (int i = 0; i < result.issued().size(); i++) {
                IssuedCertificate c = result.issued().get(i);
                ScoredAttempt a = attempts.get(i);
                store.recordCertificate(new org.securebase.quiz.store.IssuedCertificate(c.number(), c.code(),
                        a.header().traineeId(), course.id(), quizId, Results.storeId(a), clock.instant(),
                        new String(c.fields().canonical(), StandardCharsets.UTF_8), c.verificationString()));
            }
        });
        return new Issued(data.size(), data.stream().filter(CertificateData::sample).count(), certified.size(), written);
    }

    private static org.securebase.quiz.store.IssuedCertificate issued(Certificate c) {
        return c instanceof org.securebase.quiz.store.RevokedCertificate r ? r.issued() : (org.securebase.quiz.store.IssuedCertificate) c;
    }

    /** {@code AFW-2027-000001}: initials of the course id's words, the completion year, a sequence. */
    static String number(Course course, LocalDate completed, int sequence) {
        StringBuilder prefix = new StringBuilder();
        for (String word : course.id().split("[-_.]")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
                prefix.append(word.charAt(0));
            }
        }
        String p = prefix.length() == 0 ? "SB" : prefix.toString().toUpperCase(Locale.ROOT);
        return String.format(Locale.ROOT, "%s-%d-%06d", p, completed.getYear(), sequence);
    }

    private static BigDecimal points(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
