package org.securebase.usecase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.securebase.quiz.json.Json;
import org.securebase.quiz.store.Certificate;
import org.securebase.quiz.store.MarkedAttempt;
import org.securebase.quiz.store.MarkedResponse;
import org.securebase.quiz.store.OpenAttempt;
import org.securebase.quiz.store.RatingAuditRow;
import org.securebase.quiz.store.RescoreRecord;
import org.securebase.quiz.store.RevokedCertificate;
import org.securebase.quiz.store.StoredAttempt;
import org.securebase.quiz.store.StoredRating;
import org.securebase.quiz.store.StoredResponse;
import org.securebase.quiz.store.StoredScore;
import org.securebase.quiz.store.StoredScoreChange;
import org.securebase.quiz.store.TraineeRecord;

/**
 * A trainee's record as the JSON document {@code trainee export} writes ({@code trainee.json}),
 * field by field as docs/privacy.md describes it: the format and version, when and from which
 * store, then the trainee, attempts with responses, certificates, rescores and ratings exactly
 * as stored. Times are ISO-8601 UTC text; an absent value is JSON null.
 */
final class TraineeJson {
    /** The value of {@code format}, so a reader knows what the file is. */
    static final String FORMAT = "securebase-trainee-export";
    /** The value of {@code version}; raised when a field changes meaning or goes away. */
    static final int VERSION = 1;

    private TraineeJson() {
    }

    static Json of(TraineeRecord record, String store, Instant exportedAt, List<String> files) {
        List<Json> attempts = new ArrayList<>();
        record.attempts().forEach(a -> attempts.add(attempt(a)));
        List<Json> certificates = new ArrayList<>();
        record.certificates().forEach(c -> certificates.add(certificate(c)));
        List<Json> rescores = new ArrayList<>();
        record.rescores().forEach(r -> rescores.add(rescore(r)));
        List<Json> ratings = new ArrayList<>();
        record.ratings().forEach(r -> ratings.add(rating(r).build()));
        List<Json> audit = new ArrayList<>();
        for (RatingAuditRow row : record.ratingAudit()) {
            audit.add(rating(row.rating()).put("auditId", Json.of(row.id())).put("action", Json.of(row.action())).build());
        }
        var t = record.trainee();
        return Json.object()
                .put("format", Json.of(FORMAT))
                .put("version", Json.of(VERSION))
                .put("exportedAt", time(exportedAt))
                .put("store", Json.of(store))
                .put("trainee", Json.object().put("id", Json.of(t.id())).put("name", Json.of(t.name()))
                        .put("email", Json.of(t.email())).put("licenceNumber", Json.of(t.licenceNumber()))
                        .put("jurisdiction", Json.of(t.jurisdiction())).build())
                .put("attempts", new Json.Arr(attempts))
                .put("certificates", new Json.Arr(certificates))
                .put("rescores", new Json.Arr(rescores))
                .put("ratings", new Json.Arr(ratings))
                .put("ratingAudit", new Json.Arr(audit))
                .put("files", Json.strings(files))
                .build();
    }

    private static Json attempt(StoredAttempt a) {
        List<Json> responses = new ArrayList<>();
        Json.ObjBuilder o = Json.object().put("id", Json.of(a.id())).put("quizId", Json.of(a.quizId()))
                .put("number", Json.of(a.number())).put("variantCode", Json.of(a.variantCode()))
                .put("source", Json.of(a.source().code())).put("startedAt", time(a.startedAt()));
        if (a instanceof MarkedAttempt m) {
            m.responses().forEach(r -> responses.add(response(r.response(), r.mark())));
            o.put("submittedAt", time(m.submittedAt())).put("score", score(m.score()))
                    .put("counted", Json.of(m.counted()));
        } else {
            ((OpenAttempt) a).responses().forEach(r -> responses.add(response(r, null)));
            o.put("submittedAt", Json.NULL).put("score", Json.NULL).put("counted", Json.NULL);
        }
        return o.put("responses", new Json.Arr(responses)).build();
    }

    private static Json response(StoredResponse r, Double mark) {
        return Json.object().put("question", Json.of(r.question().toString())).put("answer", Json.of(r.answer()))
                .put("answeredAt", time(r.answeredAt())).put("late", Json.of(r.late()))
                .put("mark", mark == null ? Json.NULL : new Json.Dec(mark)).build();
    }

    private static Json score(StoredScore s) {
        return Json.object().put("points", new Json.Dec(s.points())).put("max", new Json.Dec(s.max()))
                .put("percent", new Json.Dec(s.percent())).put("passed", Json.of(s.passed())).build();
    }

    private static Json certificate(Certificate c) {
        Json.ObjBuilder o = Json.object().put("number", Json.of(c.number())).put("lookupCode", Json.of(c.lookupCode()))
                .put("courseId", Json.of(c.courseId())).put("quizId", Json.of(c.quizId()))
                .put("attemptId", Json.of(c.attemptId())).put("issuedAt", time(c.issuedAt()))
                .put("signedFields", Json.of(c.fields())).put("signature", Json.of(c.signature()));
        if (c instanceof RevokedCertificate r) {
            return o.put("revokedAt", time(r.revokedAt())).put("revocationReason", Json.of(r.reason())).build();
        }
        return o.put("revokedAt", Json.NULL).put("revocationReason", Json.NULL).build();
    }

    private static Json rescore(RescoreRecord r) {
        List<Json> changes = new ArrayList<>();
        for (StoredScoreChange c : r.changes()) {
            changes.add(Json.object().put("attemptId", Json.of(c.attemptId())).put("before", score(c.before()))
                    .put("after", score(c.after())).build());
        }
        return Json.object().put("id", Json.of(r.id())).put("quizId", Json.of(r.quizId()))
                .put("question", Json.of(r.question().toString())).put("kind", Json.of(r.kind().code()))
                .put("oldKey", Json.of(r.oldKey())).put("newKey", Json.of(r.newKey()))
                .put("reason", Json.of(r.reason())).put("appliedAt", time(r.appliedAt()))
                .put("changes", new Json.Arr(changes)).build();
    }

    private static Json.ObjBuilder rating(StoredRating r) {
        return Json.object().put("attemptId", Json.of(r.attemptId())).put("question", Json.of(r.question().toString()))
                .put("role", Json.of(r.role())).put("grader", Json.of(r.grader())).put("levels", Json.of(r.levels()))
                .put("comment", Json.of(r.comment())).put("ratedAt", time(r.ratedAt()));
    }

    private static Json time(Instant t) {
        return Json.of(t.toString());
    }
}
