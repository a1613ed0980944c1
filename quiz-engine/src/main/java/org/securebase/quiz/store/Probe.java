package org.securebase.quiz.store;

/**
 * Told how far a write has got inside its transaction; lets the crash tests stop a process
 * half-way through a submission. Production code uses {@link #NONE}.
 */
@FunctionalInterface
interface Probe {
    Probe NONE = (attemptId, written, total) -> { };

    /** Called after each chunk of response rows of an attempt is written, before the commit. */
    void responsesWritten(long attemptId, int written, int total);
}
