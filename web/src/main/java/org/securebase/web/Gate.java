package org.securebase.web;

import java.time.Instant;

/**
 * Whether new trainees may join: until the instructor closes the quiz, or until the time
 * {@code --minutes}/{@code --until} set. Closing stops new joins only; attempts in progress go
 * on to their own time limit, and trainees who joined may resume.
 *
 * @since 0.2
 */
final class Gate {
    private final Instant closesAt;
    private volatile boolean closed;

    /** @param closesAt when joining closes by itself, or null for never */
    Gate(Instant closesAt) {
        this.closesAt = closesAt;
    }

    boolean open(Instant now) {
        return !closed && (closesAt == null || !now.isAfter(closesAt));
    }

    void close() {
        closed = true;
    }
}
