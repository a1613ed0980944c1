package org.securebase.export.certificate;

/**
 * Told after each certificate of a batch is written, so a caller can show progress.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface BatchProgress {

    /**
     * @param done how many certificates are written, 1 to total
     * @param total how many the batch holds
     * @param certificate the one just written
     */
    void issued(int done, int total, IssuedCertificate certificate);

    /** Progress that nobody watches. */
    static BatchProgress none() {
        return (done, total, certificate) -> { };
    }
}
