package org.securebase.scenarios.xml.interchange.qti;

import java.util.List;

/**
 * A QTI 2.1 content package as written.
 *
 * @param zip the package's bytes
 * @param items how many items it holds
 * @param entries the names of its entries, in the order written
 * @since 0.2
 */
public record QtiPackage(byte[] zip, int items, List<String> entries) {

    /** Copies the entry names. */
    public QtiPackage {
        entries = List.copyOf(entries);
    }
}
