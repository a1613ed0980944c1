/**
 * Continuing-education certificates: the data a certificate shows, its signed fields, the
 * texts the page prints (all from the signed fields), the landscape PDF design, the whole-file
 * PAdES signature, batch issuing on every core with safe file names, and the offline check of
 * a certificate PDF against the sponsor's published keys and revocation list.
 *
 * <p>Depends on the JDK, {@code org.securebase.model..}, {@code org.securebase.export.typeset},
 * {@code org.securebase.export.verification} and OpenPDF.
 */
package org.securebase.export.certificate;
