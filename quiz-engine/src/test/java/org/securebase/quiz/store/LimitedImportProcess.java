package org.securebase.quiz.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A separate importing process for {@link ProcessesTest}: waits for {@code GO} on standard
 * input, then records one attempt for each of the trainees {@code t-1} to {@code t-N} in one
 * batch under a one-attempt limit, and prints {@code IMPORTED} or {@code REFUSED} with the
 * store's message. Arguments: store (a file or a postgresql:// URL), trainees.
 */
public final class LimitedImportProcess {
    private LimitedImportProcess() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        StoreLocation file = StoreLocation.parse(args[0], System.getenv());
        int trainees = Integer.parseInt(args[1]);
        List<RegisteredTrainee> people = new ArrayList<>();
        List<CompletedAttempt> attempts = new ArrayList<>();
        for (int i = 1; i <= trainees; i++) {
            people.add(StoreFixtures.anyTrainee("t-" + i));
            attempts.add(StoreFixtures.anyCompletedAttempt(StoreFixtures.QUIZ, "t-" + i, 5));
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        out.println("READY");
        out.flush();
        if (!"GO".equals(in.readLine())) {
            System.exit(3);
        }
        try (ResultStore store = ResultStore.open(file, System.getenv())) {
            store.recordAttempts(people, attempts, 1);
            out.println("IMPORTED");
        } catch (AttemptLimitReached e) {
            out.println("REFUSED " + e.getMessage());
        }
        out.flush();
    }
}
