package org.securebase.quiz.results;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.store.StoreException;
import org.securebase.quiz.variant.Variant;

/**
 * The variant a code written on a sheet or kept with an attempt names for a trainee: their own,
 * or one of the printed handouts numbered 1 to {@link #HANDOUTS_SEARCHED}.
 *
 * @since 0.3
 */
public final class VariantCodes {
    /** Handout numbers searched for a variant code that is not the trainee's own: 1 to this. */
    public static final int HANDOUTS_SEARCHED = 1000;

    private VariantCodes() {
    }

    /**
     * @param quiz the quiz
     * @param traineeId the trainee
     * @param code the variant code
     * @return the variant, or empty when no variant of the trainee or of those handouts has the code
     */
    public static Optional<Variant> find(Quiz quiz, String traineeId, String code) {
        Variant own = Variant.forTrainee(quiz, traineeId);
        String wanted = Objects.requireNonNullElse(code, "").strip().toUpperCase(Locale.ROOT);
        if (own.code().equals(wanted)) {
            return Optional.of(own);
        }
        return Variant.findHandout(quiz, wanted, HANDOUTS_SEARCHED);
    }

    /** The variant of a stored attempt, which must be found: the store names it. */
    static Variant require(Quiz quiz, String traineeId, String code) {
        return find(quiz, traineeId, code).orElseThrow(() -> new StoreException(StoreException.Kind.INCOMPATIBLE,
                "an attempt of trainee " + traineeId + " at quiz " + quiz.id() + " names variant " + code
                        + ", which is neither the trainee's own nor one of handouts 1 to " + HANDOUTS_SEARCHED));
    }
}
