package org.securebase.export.verification;

import java.util.Optional;

/**
 * Where a check learns whether a certificate was revoked: the sponsor's signed revocation list,
 * or the sponsor's own store.
 *
 * @since 0.2
 */
public interface Revocations {

    /** The revocation of a certificate number, empty when it is not revoked. */
    Optional<RevocationList.Entry> revocation(String number);

    /** Where the answer comes from, for messages, e.g. "the revocation list of 2027-03-01T10:00:00Z". */
    String source();
}
