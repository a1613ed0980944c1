package org.securebase.export.certificate;

import java.nio.file.Path;
import java.util.List;

/**
 * What a batch produced: every issued certificate (with its file) for the caller to record in
 * its store, and the combined PDF for printing.
 *
 * @param issued in the order given
 * @param combined one PDF with every certificate, one per page
 * @since 0.1
 */
public record BatchResult(List<IssuedCertificate> issued, Path combined) {

    /** Copies the list. */
    public BatchResult {
        issued = List.copyOf(issued);
    }
}
