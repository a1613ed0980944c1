package org.securebase.scenarios.load;

/**
 * Told how far loading has come, once per file read. Called from loader threads, one call at a
 * time, with {@code done} rising from 1 to {@code total}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Progress {
    /** Reports nothing. */
    Progress NONE = (done, total) -> { };

    /**
     * @param done files read so far
     * @param total files to read
     */
    void advanced(int done, int total);
}
