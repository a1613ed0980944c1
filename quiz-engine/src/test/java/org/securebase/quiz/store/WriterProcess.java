package org.securebase.quiz.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A separate writer process for {@link ProcessesTest}: waits for {@code GO} on standard input,
 * then opens the store (creating it if it is the first) and records whole attempts, half of
 * them for a trainee every writer shares.
 * Arguments: store (a file or a postgresql:// URL), writer number, attempts, responses per attempt.
 */
public final class WriterProcess {
    private WriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        StoreLocation file = StoreLocation.parse(args[0], System.getenv());
        String own = "p" + args[1];
        int attempts = Integer.parseInt(args[2]);
        int responses = Integer.parseInt(args[3]);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        out.println("READY");
        out.flush();
        if (!"GO".equals(in.readLine())) {
            System.exit(3);
        }
        try (ResultStore store = ResultStore.open(file, System.getenv())) {
            store.saveQuiz(StoreFixtures.anyQuiz(StoreFixtures.QUIZ));
            store.saveTrainee(StoreFixtures.anyTrainee("shared"));
            store.saveTrainee(StoreFixtures.anyTrainee(own));
            for (int i = 0; i < attempts; i++) {
                store.recordAttempt(StoreFixtures.anyCompletedAttempt(StoreFixtures.QUIZ, i % 2 == 0 ? "shared" : own,
                        responses));
            }
        }
        out.println("DONE");
        out.flush();
    }
}
