package org.securebase.quiz.scoring;

import org.securebase.model.ModelException;

/**
 * How much of what was possible a trainee earned on the questions about one concept or concept
 * group: the basis of a mastery line on a score report.
 *
 * @param earned points earned, 0 to {@code possible}
 * @param possible points possible, at least 0
 * @param questions how many questions contributed
 * @since 0.1
 */
public record Mastery(double earned, double possible, int questions) {

    /** Rejects negative or impossible sums. */
    public Mastery {
        if (possible < 0 || earned < 0 || earned > possible + 1e-9 || questions < 0) {
            throw new ModelException("mastery must have 0 ≤ earned ≤ possible, was " + earned + " of " + possible);
        }
    }

    /** Earned over possible, in {@code [0, 1]}; 0 when nothing was possible. */
    public double ratio() {
        return possible == 0 ? 0 : earned / possible;
    }

    Mastery plus(double e, double p) {
        return new Mastery(earned + e, possible + p, questions + 1);
    }
}
