/**
 * Offline verification of issued documents: the canonical, versioned encoding of signed
 * fields, Ed25519 signing and verifying keys (PEM files), the seal that carries a signature,
 * and the short typed code derived from it.
 *
 * <p>Depends on the JDK only (java.security); knows nothing of PDF.
 */
package org.securebase.export.verification;
