package org.securebase.quiz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.securebase.model.ModelException;

/** Invariants of the store's values and of writing then reading an attempt. */
class StoreInvariantsTest {

    /** One generated response before it is given a question and a time. */
    record Given(String answer, double mark, boolean late) {
    }

    /** ResponseTable are given latest-first, so reading back in time order would fail. */
    @Property(tries = 25)
    void aRecordedAttemptReadsBackExactlyAsRecorded(@ForAll("responses") List<Given> given) {
        List<MarkedResponse> marked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Given g = given.get(i);
            marked.add(new MarkedResponse(new StoredResponse(StoreFixtures.question(i), g.answer(),
                    StoreFixtures.START.plusMillis(1_234L * (given.size() - i)), g.late()), g.mark()));
        }
        double points = marked.stream().mapToDouble(MarkedResponse::mark).sum();
        CompletedAttempt attempt = new CompletedAttempt(StoreFixtures.QUIZ, "t1", "V-" + given.size(),
                AttemptSource.SIMULATED, StoreFixtures.START, StoreFixtures.START.plusSeconds(3_600), marked,
                StoredScore.of(points, Math.max(points, 1), points >= 1), given.size() % 2 == 0);
        Path dir = StoreFixtures.tempDir();
        try (ResultStore store = StoreFixtures.anyStore(dir)) {
            MarkedAttempt stored = store.recordAttempt(attempt);
            assertEquals(stored, store.attempt(stored.id()).orElseThrow());
            assertEquals(List.of(stored), store.attemptsOf(StoreFixtures.QUIZ));
            assertEquals(marked, stored.responses());
            assertEquals(attempt.score(), stored.score());
        } finally {
            StoreFixtures.deleteStore(dir);
        }
    }

    @Provide
    Arbitrary<List<Given>> responses() {
        Arbitrary<String> answers = Arbitraries.strings().withCharRange(' ', '\uD7FF').ofMaxLength(40);
        Arbitrary<Double> marks = Arbitraries.doubles().between(0, 4);
        return Combinators.combine(answers, marks, Arbitraries.of(true, false)).as(Given::new).list().ofMaxSize(30);
    }

    @Property
    void aScoreNeverExceedsItsMaximum(@ForAll @DoubleRange(min = 0.5, max = 1e6) double max,
            @ForAll @DoubleRange(min = 0.01, max = 100) double excess) {
        ModelException e = assertThrows(ModelException.class, () -> StoredScore.of(max + excess, max, true));
        assertTrue(e.getMessage().startsWith("score must be ≤ maximum"), e.getMessage());
    }

    @Property
    void aScoreWithinItsMaximumHasAPercentBetween0And100(@ForAll @DoubleRange(min = 0.5, max = 1e6) double max,
            @ForAll @DoubleRange(min = 0, max = 1) double share) {
        StoredScore s = StoredScore.of(max * share, max, false);
        assertTrue(s.percent() >= 0 && s.percent() <= 100, "percent " + s.percent());
    }
}
