package org.securebase.bench;

import java.time.Instant;
import java.util.List;
import org.securebase.model.library.Library;
import org.securebase.quiz.assembly.Assembly;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.simulate.Cohort;
import org.securebase.scenarios.generate.SyntheticLibrary;

/** The inputs every benchmark draws from: a synthetic library and quizzes drawn from it, all from fixed seeds. */
final class Inputs {
    static final long SEED = 42L;
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    /** Vignettes in the benchmark library. */
    static final int VIGNETTES = 1_000;

    private Inputs() {
    }

    static SyntheticLibrary generator() {
        return SyntheticLibrary.seeded(SEED);
    }

    static Library library() {
        return new Library(generator().vignettes(VIGNETTES));
    }

    /** A quiz of 4 × perSection questions drawn from the library. */
    static Quiz quiz(Library library, int perSection) {
        return Assembly.assemble(SyntheticLibrary.blueprint(perSection), library, SEED);
    }

    static Cohort cohort(Quiz quiz, int trainees) {
        return Cohort.simulate(quiz, trainees, SEED, START);
    }

    static <T> T cycle(List<T> items, int i) {
        return items.get(Math.floorMod(i, items.size()));
    }
}
