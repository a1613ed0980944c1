package org.securebase.usecase;

/**
 * Where a long use case reports how far it is, for a progress bar or a status line; the use
 * case calls it from the thread that runs it.
 *
 * @since 0.3
 */
@FunctionalInterface
public interface WorkDone {
    /** Reports nothing. */
    WorkDone NONE = (done, total) -> { };

    /**
     * @param done how many units are done
     * @param total how many there are
     */
    void update(long done, long total);
}
