package org.securebase.usecase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.securebase.export.certificate.Certificates;
import org.securebase.export.typeset.FontSet;
import org.securebase.export.verification.Seal;
import org.securebase.export.verification.SigningKey;
import org.securebase.export.verification.VerificationException;
import org.securebase.model.Checks;
import org.securebase.model.course.Course;
import org.securebase.quiz.json.JsonText;
import org.securebase.quiz.results.QuizResults;
import org.securebase.quiz.store.Certificate;
import org.securebase.quiz.store.MarkedAttempt;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.StandingCertificate;
import org.securebase.quiz.store.StoredAttempt;
import org.securebase.quiz.store.TraineeRecord;

/**
 * Answers a trainee's request for their data: writes into a new, owner-only folder
 * {@code trainee.json} (everything the store holds about them, docs/privacy.md describes each
 * field), their score report for each quiz they submitted an attempt at (drawn by the code
 * {@code report} uses), and each certificate that stands, drawn again with the number and signed
 * fields it was issued with (by the code {@code certificates} uses; the store keeps the signed
 * fields, not the PDF's bytes). A revoked certificate, or one whose results changed since, is in
 * the JSON only.
 *
 * @since 0.5
 */
public final class ExportTraineeData {
    private final Workspace workspace;
    private final Clock clock;

    /**
     * @param workspace the store and signing key
     * @param clock the export time, printed on the reports
     */
    public ExportTraineeData(Workspace workspace, Clock clock) {
        this.workspace = Checks.present(workspace, "workspace");
        this.clock = Checks.present(clock, "clock");
    }

    /**
     * What to export.
     *
     * @param traineeId the trainee
     * @param out the folder to create
     * @param force replace an existing folder
     * @param sponsor the organisation named on the score reports
     * @param courses the library's courses, to draw certificates again
     */
    public record Request(String traineeId, Path out, boolean force, String sponsor, List<Course> courses) {
        /** Checks the parts. */
        public Request {
            Checks.present(traineeId, "trainee id");
            Checks.present(out, "output folder");
            Checks.present(sponsor, "sponsor");
            courses = Checks.list(courses, "courses");
        }
    }

    /**
     * What was written.
     *
     * @param folder the folder
     * @param attempts how many attempts the JSON holds
     * @param certificates how many certificates the JSON holds
     * @param files the files written beside {@code trainee.json}
     * @param notWritten one line for each certificate the JSON holds but no PDF was drawn for, saying why
     */
    public record Exported(Path folder, int attempts, int certificates, List<String> files, List<String> notWritten) {
    }

    /**
     * Exports the trainee's data.
     *
     * @param request what to export
     * @return what was written
     * @throws IOException when the folder cannot be written; nothing is left then
     * @throws Refusal for an unknown trainee, or an existing folder without force
     */
    public Exported export(Request request) throws IOException {
        try (ResultStore store = workspace.openExisting()) {
            TraineeRecord record = store.traineeRecord(request.traineeId()).orElseThrow(() -> new Refusal(
                    "no trainee '" + request.traineeId() + "' in " + workspace.describe() + "; nothing was exported"));
            Map<String, byte[]> files = new LinkedHashMap<>();
            List<String> notWritten = new ArrayList<>();
            QuizResults results = new QuizResults(store);
            for (String quizId : submittedQuizzes(record)) {
                if (results.counted(quizId, record.trainee().id()).isPresent()) {
                    files.put("report-" + safe(quizId) + ".pdf",
                            ReportScore.pdf(store, clock, quizId, record.trainee().id(), request.sponsor()));
                }
            }
            Certificates certificates = null;
            SigningKey key = null;
            for (Certificate c : record.certificates()) {
                Optional<Course> course = request.courses().stream().filter(k -> k.id().equals(c.courseId())).findFirst();
                if (!(c instanceof StandingCertificate standing)) {
                    notWritten.add("certificate " + c.number() + " was revoked: it is in trainee.json only");
                } else if (course.isEmpty()) {
                    notWritten.add("certificate " + c.number() + ": course " + c.courseId()
                            + " is not in the library, so it cannot be drawn again; its signed fields are in trainee.json");
                } else if (!Files.isRegularFile(workspace.keyFolder().resolve(SigningKey.PRIVATE_FILE))) {
                    notWritten.add("certificate " + c.number() + ": this machine holds no signing key for the store (none in "
                            + workspace.keyFolder() + "), so it cannot be drawn again; its signed fields are in trainee.json");
                } else {
                    if (certificates == null) {
                        key = workspace.signingKey();
                        certificates = new Certificates(FontSet.bundled(), key, clock);
                    }
                    String sealedBy = sealKey(standing);
                    if (!key.verifyingKey().keyId().equals(sealedBy)) {
                        notWritten.add("certificate " + c.number() + " was sealed by key " + sealedBy + ", not by this machine's key "
                                + key.verifyingKey().keyId() + ", so it cannot be drawn again; its signed fields are in trainee.json");
                        continue;
                    }
                    try {
                        files.put("certificate-" + safe(c.number()) + ".pdf",
                                IssueCertificates.drawAgain(store, certificates, course.get(), standing));
                    } catch (Refusal e) {
                        notWritten.add("certificate " + c.number() + ": " + e.getMessage()
                                + "; its signed fields are in trainee.json");
                    }
                }
            }
            byte[] json = (JsonText.write(TraineeJson.of(record, workspace.describe(), clock.instant(),
                    List.copyOf(files.keySet()))) + "\n").getBytes(StandardCharsets.UTF_8);
            Path folder = OutputFiles.writeFolder(request.out(), request.force(), dir -> {
                Files.write(dir.resolve("trainee.json"), json);
                for (Map.Entry<String, byte[]> f : files.entrySet()) {
                    Files.write(dir.resolve(f.getKey()), f.getValue());
                }
            });
            return new Exported(folder, record.attempts().size(), record.certificates().size(),
                    List.copyOf(files.keySet()), notWritten);
        }
    }

    /** The id of the key whose seal the store keeps for the certificate, or "unknown" when it cannot be read. */
    private static String sealKey(StandingCertificate c) {
        try {
            return Seal.parse(c.signature()).keyId();
        } catch (VerificationException e) {
            return "unknown";
        }
    }

    private static TreeSet<String> submittedQuizzes(TraineeRecord record) {
        TreeSet<String> quizzes = new TreeSet<>();
        for (StoredAttempt a : record.attempts()) {
            if (a instanceof MarkedAttempt) {
                quizzes.add(a.quizId());
            }
        }
        return quizzes;
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
