/**
 * Continuing-education certificates: the data a certificate shows, its signed fields, the
 * landscape PDF design, batch issuing with safe file names, and the offline check of a
 * certificate PDF against the sponsor's public key.
 *
 * <p>Depends on the JDK, {@code org.securebase.model..}, {@code org.securebase.export.typeset},
 * {@code org.securebase.export.verification} and OpenPDF.
 */
package org.securebase.export.certificate;
