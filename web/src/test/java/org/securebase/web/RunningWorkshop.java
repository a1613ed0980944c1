package org.securebase.web;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.securebase.model.course.Course;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.results.Engine;
import org.securebase.quiz.store.ResultStore;
import org.securebase.usecase.DeliverAttempt;
import org.securebase.usecase.Workspace;

/**
 * A real workshop server for a test: the quiz of every question type (10 questions, 13 points, 45 minutes)
 * in a real SQLite file, on a random loopback port, with a clock the test moves.
 */
final class RunningWorkshop implements AutoCloseable {
    final TestClock clock = new TestClock(QuizFixtures.START);
    final Workspace workspace;
    private final DeliverAttempt attempts;
    /** A second connection to the same file, through which a test looks at what the server stored. */
    final ResultStore store;
    final Engine results;
    final Quiz quiz;
    final Secrets secrets;
    final WorkshopServer server;
    final ByteArrayOutputStream log = new ByteArrayOutputStream();

    RunningWorkshop(Path dir, Roster roster, int joinsPerMinute) {
        this(dir, roster, joinsPerMinute, null);
    }

    RunningWorkshop(Path dir, Roster roster, int joinsPerMinute, ServerCertificate tls) {
        this(dir, roster, joinsPerMinute, tls, null);
    }

    /**
     * @param course the course whose quiz is served, for certificates; null for none
     */
    RunningWorkshop(Path dir, Roster roster, int joinsPerMinute, ServerCertificate tls, Course course) {
        this(dir, roster, joinsPerMinute, tls, course, WorkshopQuiz.everyType());
    }

    /** A workshop serving this quiz instead of the quiz of every type. */
    RunningWorkshop(Path dir, Quiz served) {
        this(dir, null, 60, null, null, served);
    }

    private RunningWorkshop(Path dir, Roster roster, int joinsPerMinute, ServerCertificate tls, Course course, Quiz served) {
        workspace = new Workspace(dir.resolve("results.db"));
        attempts = DeliverAttempt.open(workspace, clock);
        store = ResultStore.open(workspace.database());
        results = Engine.over(store, clock);
        quiz = served;
        Delivery delivery = new Delivery(attempts, workspace, clock, quiz, course);
        secrets = Secrets.open(dir.resolve("results.db.serve-key"), quiz.id());
        server = WorkshopServer.start(delivery, new Workshop("127.0.0.1", null, 0, roster, null, joinsPerMinute), secrets,
                new PrintStream(log, true, StandardCharsets.UTF_8), tls);
    }

    RunningWorkshop(Path dir) {
        this(dir, null, 60);
    }

    Browser browser() {
        return new Browser(server.address());
    }

    @Override
    public void close() {
        server.close();
        attempts.close();
        store.close();
    }
}
