package org.securebase.quiz.importing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.results.FrozenQuizzes;
import org.securebase.quiz.store.ResultStore;

/**
 * Imports one response sheet into a store, in its own JVM so that {@link LargeSheetImportTest}
 * can give it a small heap: prints {@code imported N R} or {@code rejected P FIRST-PROBLEM}.
 */
final class LargeSheetImport {
    private LargeSheetImport() {
    }

    public static void main(String[] args) throws Exception {
        try (ResultStore store = ResultStore.open(Path.of(args[0]))) {
            String quizId = new FrozenQuizzes(store).freeze(QuizFixtures.anyQuiz()).id();
            ImportOutcome outcome = new ResponseImport(store, Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"),
                    ZoneOffset.UTC)).run(quizId, Path.of(args[1]));
            if (outcome instanceof ImportOutcome.Imported done) {
                System.out.println("imported " + done.attempts() + " " + done.responses());
            } else {
                ImportOutcome.Rejected rejected = (ImportOutcome.Rejected) outcome;
                System.out.println("rejected " + rejected.problems().size() + " " + rejected.problems().get(0));
            }
        }
    }
}
