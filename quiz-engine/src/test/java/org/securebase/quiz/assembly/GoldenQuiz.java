package org.securebase.quiz.assembly;

import java.util.List;

/**
 * The pinned result of drawing {@code LibraryFixtures.anyBlueprint()} from {@code anyLibrary()}
 * with seed 20240917. If a change to the engine moves these, every stored quiz id and every
 * printed handout changes with it: that needs a decision record, not a quick re-pin.
 */
final class GoldenQuiz {
    static final List<String> CYCLE = List.of("couple-sunday-dinner#q1", "couple-sunday-dinner#q2",
            "family-locked-door#q1", "family-locked-door#q2");
    static final List<String> STYLES = List.of("couple-late-text#q4", "individual-reassurance#q2",
            "individual-self-reliant#q1");
    static final String ID = "eft-foundations-post-c0af329be3";
    static final String FINGERPRINT = "d504de3cf64747e3da2b2750424cb8a20a72610aa72dafd3c52e7175840bf1e7";

    private GoldenQuiz() {
    }
}
