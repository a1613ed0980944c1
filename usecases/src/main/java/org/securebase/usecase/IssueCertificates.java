package org.securebase.usecase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.securebase.export.certificate.BatchResult;
import org.securebase.export.certificate.CertificateBatch;
import org.securebase.export.certificate.CertificateData;
import org.securebase.export.certificate.CertificateFields;
import org.securebase.export.certificate.Certificates;
import org.securebase.export.certificate.IssuedCertificate;
import org.securebase.export.certificate.Score;
import org.securebase.export.certificate.Trainee;
import org.securebase.export.typeset.FontSet;
import org.securebase.model.Checks;
import org.securebase.model.course.Course;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.results.QuizResults;
import org.securebase.quiz.results.Registrations;
import org.securebase.quiz.store.AttemptSource;
import org.securebase.quiz.store.StandingCertificate;
import org.securebase.quiz.store.ResultStore;

/**
 * Issues signed CE certificates for a course: to every trainee whose counted attempt at the
 * course's quiz passed and who holds none for the course yet, one PDF each plus a combined PDF
 * for printing, written into a new folder, each recorded in the store so its number and code
 * can be looked up later. Certificates from simulated attempts carry a SAMPLE mark.
 *
 * <p>Issuing survives an interruption: a journal beside the output folder names the
 * certificates of a run until its folder is in place, and the next run into the same folder
 * writes again every one the store recorded but the folder lacks (from the stored results, with
 * the same signed fields) and removes the temporary folders the interrupted run left.
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
     * @param recovered how many certificates an interrupted run had recorded were written again
     * @param awaitingGrading how many trainees' counted attempts await grading, so got none yet
     */
    public record Issued(String quizId, int count, long samples, int before, Path folder, int recovered,
            int awaitingGrading) {
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
            return issue(store, clock, request.course(), quizId, request.out(), request.force(),
                    new Certificates(request.fonts(), workspace.signingKey(), clock), progress);
        }
    }

    /**
     * One trainee's certificate for a course, for an interface that hands it to the trainee (the
     * browser's result page): the certificate they already hold, drawn again from the store with
     * the fields it was signed with, or, when they hold none and their counted attempt at the
     * quiz passed, a new one issued and recorded exactly as {@link #issue} would (the same number
     * sequence, signing key and record), so {@code securebase verify} checks it the same way.
     *
     * @param course the course
     * @param quizId the quiz whose results count
     * @param traineeId the trainee
     * @return the certificate PDF; empty when the trainee has not passed
     * @throws Refusal when the trainee's certificate was recorded from results that changed since
     */
    public synchronized Optional<byte[]> issueTo(Course course, String quizId, String traineeId) {
        Checks.present(course, "course");
        Checks.present(quizId, "quiz id");
        Checks.present(traineeId, "trainee id");
        try (ResultStore store = workspace.openExisting()) {
            QuizResults results = new QuizResults(store);
            Registrations trainees = new Registrations(store);
            Certificates certificates = new Certificates(FontSet.bundled(), workspace.signingKey(), clock);
            Optional<StandingCertificate> held = store.certificatesOf(course.id()).stream()
                    .filter(c -> c instanceof StandingCertificate).map(c -> (StandingCertificate) c)
                    .filter(c -> c.traineeId().equals(traineeId)).findFirst();
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            if (held.isPresent()) {
                certificates.issue(again(store, results, trainees, course, held.get()), pdf);
                return Optional.of(pdf.toByteArray());
            }
            Optional<ScoredAttempt> counted = results.counted(quizId, traineeId);
            if (counted.isEmpty() || !counted.get().report().passed()) {
                return Optional.empty();
            }
            ScoredAttempt a = counted.get();
            int sequence = store.certificatesOf(course.id()).size() + 1;
            IssuedCertificate c = certificates.issue(data(store, trainees, course, a, number(course, completed(a), sequence)), pdf);
            store.recordCertificate(new StandingCertificate(c.number(), c.code(), traineeId, course.id(), quizId,
                    a.header().storedId().value(), clock.instant(),
                    new String(c.fields().canonical(), StandardCharsets.UTF_8), c.verificationString()));
            return Optional.of(pdf.toByteArray());
        }
    }

    /**
     * A recorded certificate drawn again from the stored results with the fields it was signed
     * with, for {@code trainee export}; nothing is issued or recorded.
     *
     * @throws Refusal when the results changed since it was signed
     */
    static byte[] drawAgain(ResultStore store, Certificates certificates, Course course, StandingCertificate c) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        certificates.issue(again(store, new QuizResults(store), new Registrations(store), course, c), pdf);
        return pdf.toByteArray();
    }

    /**
     * Issues certificates on results already open, for use cases that run inside another (the demo).
     */
    static Issued issue(ResultStore store, Clock clock, Course course, String quizId, Path out, boolean force,
            Certificates certificates, WorkDone progress) throws IOException {
        QuizResults results = new QuizResults(store);
        Registrations trainees = new Registrations(store);
        Path target = out.toAbsolutePath().normalize();
        Journal journal = new Journal(target);
        journal.cleanLeftovers();
        List<StandingCertificate> standing = new ArrayList<>();
        store.certificatesOf(course.id()).stream().filter(c -> c instanceof StandingCertificate)
                .forEach(c -> standing.add((StandingCertificate) c));
        Set<String> certified = new HashSet<>();
        standing.forEach(c -> certified.add(c.traineeId()));
        List<CertificateData> recovered = recover(store, results, trainees, course, standing, journal);
        List<CertificateData> data = new ArrayList<>();
        List<ScoredAttempt> attempts = new ArrayList<>();
        int sequence = store.certificatesOf(course.id()).size();
        int awaiting = 0;
        for (ScoredAttempt a : results.counted(quizId)) {
            String trainee = a.header().traineeId();
            if (a.report().awaitingGrading() && !certified.contains(trainee)) {
                awaiting++;
            }
            if (!a.report().passed() || certified.contains(trainee)) {
                continue;
            }
            data.add(data(store, trainees, course, a, number(course, completed(a), ++sequence)));
            attempts.add(a);
        }
        int again = recovered.size();
        if (!recovered.isEmpty() && Files.isDirectory(target)) {
            deliverInto(target, recovered, certificates, progress);
            recovered = List.of();
        }
        if (data.isEmpty() && recovered.isEmpty()) {
            journal.finish();
            return new Issued(quizId, 0, 0, certified.size(), again > 0 ? target : null, again, awaiting);
        }
        List<CertificateData> all = new ArrayList<>(recovered);
        all.addAll(data);
        journal.start(data.stream().map(CertificateData::number).toList());
        List<CertificateData> delivered = recovered;
        Path written = OutputFiles.writeFolder(out, force, folder -> {
            BatchResult result = new CertificateBatch(certificates).issue(all, folder,
                    (done, total, cert) -> progress.update(done, total));
            for (int i = delivered.size(); i < result.issued().size(); i++) {
                IssuedCertificate c = result.issued().get(i);
                ScoredAttempt a = attempts.get(i - delivered.size());
                store.recordCertificate(new StandingCertificate(c.number(), c.code(),
                        a.header().traineeId(), course.id(), quizId, a.header().storedId().value(), clock.instant(),
                        new String(c.fields().canonical(), StandardCharsets.UTF_8), c.verificationString()));
            }
        });
        journal.finish();
        return new Issued(quizId, data.size(), data.stream().filter(CertificateData::sample).count(), certified.size(),
                written, again, awaiting);
    }

    /**
     * Writes recovered certificates into the existing output folder: drawn in a hidden sibling
     * folder, then each PDF moved in; the folder's combined PDF is left as it is.
     */
    private static void deliverInto(Path target, List<CertificateData> recovered, Certificates certificates,
            WorkDone progress) throws IOException {
        Path temp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".");
        try {
            BatchResult result = new CertificateBatch(certificates).issue(recovered, temp,
                    (done, total, cert) -> progress.update(done, total));
            for (IssuedCertificate c : result.issued()) {
                Files.move(c.file(), target.resolve(c.file().getFileName()));
            }
        } finally {
            try (java.util.stream.Stream<Path> tree = Files.walk(temp)) {
                for (Path p : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * The certificates an interrupted run recorded but did not leave in the output folder (its
     * journal names them), drawn again from the store: the same signed fields, byte for byte.
     */
    private static List<CertificateData> recover(ResultStore store, QuizResults results, Registrations trainees,
            Course course, List<StandingCertificate> standing, Journal journal) throws IOException {
        Set<String> started = journal.numbers();
        List<CertificateData> out = new ArrayList<>();
        for (StandingCertificate c : standing) {
            if (!started.contains(c.number()) || journal.holds(c.number())) {
                continue;
            }
            out.add(again(store, results, trainees, course, c));
        }
        return out;
    }

    /** A recorded certificate's data drawn again from the stored results, refused unless its fields are unchanged. */
    private static CertificateData again(ResultStore store, QuizResults results, Registrations trainees, Course course,
            StandingCertificate c) {
        ScoredAttempt a = results.scored(c.quizId(), c.traineeId()).stream()
                .filter(s -> s.header().storedId().value() == c.attemptId()).findFirst()
                .orElseThrow(() -> new Refusal("certificate " + c.number() + " names attempt " + c.attemptId()
                        + ", which the store no longer holds; it cannot be written again"));
        CertificateData d = data(store, trainees, course, a, c.number());
        String fields = new String(CertificateFields.of(d).canonical(), StandardCharsets.UTF_8);
        if (!fields.equals(c.fields())) {
            throw new Refusal("certificate " + c.number() + " was recorded but its file is missing, and the"
                    + " results changed since (a rescore or new details): it cannot be written again with the"
                    + " fields it was signed with; revoke it and issue a new one");
        }
        return d;
    }

    private static CertificateData data(ResultStore store, Registrations trainees, Course course, ScoredAttempt a,
            String number) {
        var t = trainees.require(a.header().traineeId());
        boolean simulated = store.attempt(a.header().storedId().value())
                .map(s -> s.source() == AttemptSource.SIMULATED).orElse(false);
        return new CertificateData(course, new Trainee(t.id(), t.name(), t.licenceNumber(), t.jurisdiction()),
                completed(a), number, new Score(points(a.report().earned()), BigDecimal.valueOf(a.report().possible())),
                simulated);
    }

    private static LocalDate completed(ScoredAttempt a) {
        return LocalDate.ofInstant(a.submission().submitted(), ZoneOffset.UTC);
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
