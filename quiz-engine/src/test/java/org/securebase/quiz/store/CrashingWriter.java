package org.securebase.quiz.store;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.securebase.model.question.QuestionRef;

/**
 * A writer process for {@link ProcessesTest} that stops half-way through writing the
 * responses of an attempt, inside the transaction, prints {@code INSIDE} and waits to be
 * killed. Arguments: store (a file or a postgresql:// URL), mode: {@code record} (three whole attempts, then a fourth
 * that stops) or {@code submit} (an open attempt of 20 responses whose submission stops).
 */
public final class CrashingWriter {
    static final int RESPONSES = 20;

    private CrashingWriter() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        AtomicBoolean armed = new AtomicBoolean();
        Probe stopHalfWay = (attemptId, written, total) -> {
            if (armed.get() && written * 2 >= total && written < total) {
                out.println("INSIDE attempt " + attemptId + ": " + written + " of " + total + " rows written");
                out.flush();
                waitForever();
            }
        };
        try (ResultStore store = ResultStore.open(StoreLocation.parse(args[0], System.getenv()), System.getenv(), stopHalfWay)) {
            if (args[1].equals("record")) {
                for (int i = 0; i < 3; i++) {
                    store.recordAttempt(StoreFixtures.anyCompletedAttempt(StoreFixtures.QUIZ, "t1", RESPONSES));
                }
                armed.set(true);
                store.recordAttempt(StoreFixtures.anyCompletedAttempt(StoreFixtures.QUIZ, "t1", RESPONSES));
            } else {
                long id = store.startAttempt(StoreFixtures.QUIZ, "t1", "K7Q", AttemptSource.TERMINAL,
                        StoreFixtures.START).id();
                Map<QuestionRef, Double> marks = new HashMap<>();
                for (int i = 0; i < RESPONSES; i++) {
                    store.recordResponse(id, StoreFixtures.anyResponse(i));
                    marks.put(StoreFixtures.question(i), 1.0);
                }
                armed.set(true);
                store.submit(id, new Submission(StoreFixtures.START.plusSeconds(3600), marks,
                        StoredScore.of(RESPONSES, RESPONSES, true), true));
            }
        }
        out.println("FINISHED without being killed");
    }

    private static void waitForever() {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
