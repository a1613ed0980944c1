package org.securebase.usecase;

import java.io.IOException;
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
import java.util.Set;
import org.securebase.export.certificate.BatchResult;
import org.securebase.export.certificate.CertificateBatch;
import org.securebase.export.certificate.CertificateData;
import org.securebase.export.certificate.Certificates;
import org.securebase.export.certificate.IssuedCertificate;
import org.securebase.export.certificate.Score;
import org.securebase.export.certificate.Trainee;
import org.securebase.export.typeset.FontSet;
import org.securebase.model.Checks;
import org.securebase.model.course.Course;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.results.Results;
import org.securebase.quiz.store.AttemptSource;
import org.securebase.quiz.store.Certificate;
import org.securebase.quiz.store.ResultStore;

/**
 * Issues signed CE certificates for a course: to every trainee whose counted attempt at the
 * course's quiz passed and who holds none for the course yet, one PDF each plus a combined PDF
 * for printing, written into a new folder, each recorded in the store so its number and code
 * can be looked up later. Certificates from simulated attempts carry a SAMPLE mark.
 *
 * @since 0.3
 */
public final class IssueCertificates {
    private final Workspace workspace;
    private final Clock clock;

    /**
     * @param workspace the store and the signing key
     * @param clock the time of issue
     */
    public IssueCertificates(Workspace workspace, Clock clock) {
        this.workspace = Checks.present(workspace, "workspace");
        this.clock = Checks.present(clock, "clock");
    }

    /**
     * What to issue.
     *
     * @param course the course
     * @param quizId the quiz whose results count; null for the only quiz built from the course's blueprint
     * @param out the folder to write, which must not exist unless {@code force}
     * @param force replace an existing folder
     * @param fonts the fonts of the certificates
     */
    public record Request(Course course, String quizId, Path out, boolean force, FontSet fonts) {
        /** Checks the parts. */
        public Request {
            Checks.present(course, "course");
            Checks.present(out, "output folder");
            Checks.present(fonts, "fonts");
        }
    }

    /**
     * What a run issued.
     *
     * @param quizId the quiz whose results counted
     * @param count how many certificates were issued
     * @param samples how many of them from simulated results, marked SAMPLE
     * @param before how many trainees held one for the course before
     * @param folder where they were written; null when none was issued
     */
    public record Issued(String quizId, int count, long samples, int before, Path folder) {
    }

    /**
     * Issues the certificates.
     *
     * @param request what to issue
     * @param progress told after each certificate
     * @return what was issued
     * @throws IOException when the folder cannot be written; nothing is recorded then
     * @throws Refusal when the store or the quiz is missing, or the folder exists without force
     */
    public Issued issue(Request request, WorkDone progress) throws IOException {
        try (ResultStore store = workspace.openExisting()) {
            String quizId = Workspace.pickQuiz(store, request.quizId(), request.course().quizId());
            return issue(new Results(store, clock), request.course(), quizId, request.out(), request.force(),
                    new Certificates(request.fonts(), workspace.signingKey(), clock), progress);
        }
    }

    /**
     * Issues certificates on results already open, for use cases that run inside another (the demo).
     */
    static Issued issue(Results results, Course course, String quizId, Path out, boolean force,
            Certificates certificates, WorkDone progress) throws IOException {
        ResultStore store = results.store();
        Set<String> certified = new HashSet<>();
        List<Certificate> existing = store.certificatesOf(course.id());
        existing.stream().filter(c -> c instanceof org.securebase.quiz.store.StandingCertificate)
                .forEach(c -> certified.add(((org.securebase.quiz.store.StandingCertificate) c).traineeId()));
        List<CertificateData> data = new ArrayList<>();
        List<ScoredAttempt> attempts = new ArrayList<>();
        int sequence = existing.size();
        for (ScoredAttempt a : results.counted(quizId)) {
            String trainee = a.header().traineeId();
            if (!a.report().passed() || certified.contains(trainee)) {
                continue;
            }
            var t = results.requireTrainee(trainee);
            boolean simulated = store.attempt(Results.storeId(a)).map(s -> s.source() == AttemptSource.SIMULATED)
                    .orElse(false);
            LocalDate completed = LocalDate.ofInstant(a.submission().submitted(), ZoneOffset.UTC);
            data.add(new CertificateData(course, new Trainee(t.id(), t.name(), t.licenceNumber(), t.jurisdiction()),
                    completed, number(course, completed, ++sequence),
                    new Score(points(a.report().earned()), BigDecimal.valueOf(a.report().possible())), simulated));
            attempts.add(a);
        }
        if (data.isEmpty()) {
            return new Issued(quizId, 0, 0, certified.size(), null);
        }
        Clock clock = results.clock();
        Path written = OutputFiles.writeFolder(out, force, folder -> {
            BatchResult result = new CertificateBatch(certificates).issue(data, folder,
                    (done, total, cert) -> progress.update(done, total));
            for (int i = 0; i < result.issued().size(); i++) {
                IssuedCertificate c = result.issued().get(i);
                ScoredAttempt a = attempts.get(i);
                store.recordCertificate(new org.securebase.quiz.store.StandingCertificate(c.number(), c.code(),
                        a.header().traineeId(), course.id(), quizId, Results.storeId(a), clock.instant(),
                        new String(c.fields().canonical(), StandardCharsets.UTF_8), c.verificationString()));
            }
        });
        return new Issued(quizId, data.size(), data.stream().filter(CertificateData::sample).count(), certified.size(),
                written);
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
