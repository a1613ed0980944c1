package org.securebase.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.export.certificate.CertificateCheck;
import org.securebase.export.certificate.CertificateVerifier;
import org.securebase.export.typeset.FontSet;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.course.Course;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Assembly;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.importing.ImportOutcome;
import org.securebase.quiz.rekey.AuditRecord;
import org.securebase.quiz.rekey.KeyChange;
import org.securebase.quiz.results.Notation;
import org.securebase.quiz.results.Sitting;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.scoring.Key;
import org.securebase.quiz.variant.Variant;
import org.securebase.scenarios.load.ContentLoader;
import org.securebase.scenarios.load.Loaded;

/**
 * The life of a quiz told as one story through the use cases every interface calls, as
 * dddsample's {@code CargoLifecycleScenarioTest} tells a cargo's: an instructor authors a
 * vignette, validates it with a blueprint and a course, builds the quiz; one trainee sits it at a
 * terminal, answers and submits; another answers on a printed handout whose answers are imported;
 * a flawed question is voided and every attempt rescored; the gradebook, a score report and the
 * certificates are written; a certificate verifies offline and against the store.
 */
class QuizLifecycleScenarioTest {
    private static final Instant WORKSHOP = Instant.parse("2027-03-14T09:00:00Z");
    private static final List<String> AUTHORED = List.of("couple-late-text.xml", "eft-foundations-post.xml",
            "eft-foundations-2027-spring.xml");

    @TempDir
    Path dir;

    @Test
    void aQuizFromAuthoringToAVerifiedCertificate() throws IOException {
        Clock clock = Clock.fixed(WORKSHOP, ZoneOffset.UTC);
        Workspace workspace = new Workspace(dir.resolve("results.db"));

        // An instructor authors a vignette (with a blueprint and a course) and validates it with the library.
        Path authored = Files.createDirectories(dir.resolve("authored"));
        for (String name : AUTHORED) {
            try (InputStream in = getClass().getResourceAsStream("/lifecycle/" + name)) {
                Files.copy(in, authored.resolve(name));
            }
        }
        Loaded loaded = ContentLoader.standard().load(new ContentLoader.Request(List.of(authored), true, true), (d, t) -> { });
        assertFalse(loaded.hasErrors(), () -> loaded.diagnostics().toString());

        // The quiz is built from the blueprint; it asks the authored vignette's questions.
        QuizBlueprint blueprint = loaded.blueprints().stream().filter(b -> b.id().equals("eft-foundations-post"))
                .findFirst().orElseThrow();
        Course course = loaded.courses().stream().filter(c -> c.id().equals("eft-foundations-2027-spring"))
                .findFirst().orElseThrow();
        Quiz quiz = new StoreQuiz(workspace, clock).freeze(Assembly.assemble(blueprint, loaded.library(), 1));
        QuestionRef authoredQuestion = QuestionRef.parse("couple-late-text#q1");
        assertTrue(quiz.asks(authoredQuestion));
        AnswerKey key = AnswerKey.of(quiz);

        // Ana sits it at a terminal, answers every question right and submits.
        ScoredAttempt ana;
        try (DeliverAttempt delivery = DeliverAttempt.open(workspace, clock)) {
            Sitting sitting = delivery.sit(new DeliverAttempt.Seat(quiz, "t-ana", "Ana Lucía Pérez"));
            assertFalse(sitting.resumed());
            for (QuestionRef ref : sitting.order()) {
                sitting = delivery.answer(sitting, ref, answer(key.key(ref)));
            }
            ana = delivery.submit(sitting);
        }
        assertTrue(ana.report().passed());
        assertEquals(ana.report().possible(), ana.report().earned(), 1e-9);

        // Ben answers on printed handout 1; his answers are typed into a sheet and imported.
        PrintHandouts.Printed handouts = new PrintHandouts(workspace, clock)
                .print(new PrintHandouts.Request(quiz, 1, course.sponsor().name(), dir.resolve("handouts"), false));
        Variant handout = Variant.forHandout(quiz, 1);
        assertEquals(List.of(handout.code()), handouts.codes());
        StringBuilder sheet = new StringBuilder("quiz,trainee,name,variant,question,answer\n");
        for (QuestionRef ref : quiz.refs()) {
            sheet.append(quiz.id()).append(",t-ben,Ben Okafor,").append(handout.code()).append(',').append(ref)
                    .append(",\"").append(Notation.write(key.key(ref), ref, handout)).append("\"\n");
        }
        Path csv = Files.writeString(dir.resolve("paper.csv"), sheet, StandardCharsets.UTF_8);
        ImportOutcome imported = new ImportResponses(workspace, clock).run(csv, quiz.id());
        assertEquals(1, assertInstanceOf(ImportOutcome.Imported.class, imported).attempts());

        // The authored question proves flawed: it is voided and both attempts are rescored.
        AuditRecord audit = new RescoreQuiz(workspace, clock).rescore(quiz.id(),
                q -> new KeyChange.Voiding(authoredQuestion, "two options are defensible"));
        assertEquals(2, audit.scores().size(), "both attempts answered it, so both scores moved");
        assertTrue(audit.passFailChanged().isEmpty());

        // The exports: the gradebook with its CSV, Ana's score report, certificates for both.
        ExportGradebook.Written gradebook = new ExportGradebook(workspace, clock).export(new ExportGradebook.Request(
                null, dir.resolve("gradebook.xlsx"), dir.resolve("gradebook.csv"), false));
        assertEquals(2, gradebook.trainees());
        assertTrue(Files.readString(dir.resolve("gradebook.csv")).contains("Ben Okafor"));
        ReportScore.Written report = new ReportScore(workspace, clock).report(new ReportScore.Request("t-ana", null,
                dir.resolve("ana.pdf"), course.sponsor().name(), false));
        assertTrue(report.passed());
        assertTrue(Files.size(report.file()) > 1000);
        IssueCertificates.Issued issued = new IssueCertificates(workspace, clock).issue(
                new IssueCertificates.Request(course, null, dir.resolve("certificates"), false, FontSet.bundled()),
                WorkDone.NONE);
        assertEquals(2, issued.count());

        // Anyone verifies Ana's certificate offline with the public key, and against the store.
        Path pdf;
        try (Stream<Path> files = Files.list(issued.folder())) {
            pdf = files.filter(p -> p.getFileName().toString().contains("Ana")).findFirst().orElseThrow();
        }
        CertificateCheck check = new CertificateVerifier(workspace.publishedKeys(null)).check(pdf);
        assertTrue(check.valid(), check.detail());
        String number = check.signedFields().orElseThrow().fields().stream().filter(f -> f.name().equals("number"))
                .findFirst().orElseThrow().value();
        CertificateRecords.Recorded recorded = new CertificateRecords(workspace, clock).find(number).orElseThrow();
        assertFalse(recorded.revoked());
    }

    private static Answer answer(Key k) {
        if (k instanceof Key.Choice c) {
            return new Answer.Choice(c.correct());
        }
        if (k instanceof Key.Order o) {
            return new Answer.Order(o.sequence());
        }
        return new Answer.Match(((Key.Match) k).pairs());
    }
}
