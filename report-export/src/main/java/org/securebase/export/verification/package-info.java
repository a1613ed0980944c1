/**
 * Offline verification of issued documents: the canonical, versioned encoding of signed
 * fields, the sponsor's ECDSA P-256 signing key with its self-signed X.509 certificate (and
 * the retired Ed25519 keys of version 0.1), the published keys, the seal over a document's
 * fields and the short typed code derived from it, the detached CMS signature that goes inside
 * a PDF signature, and the signed revocation list.
 * <p>Depends on the JDK (java.security) and BouncyCastle's CMS; knows nothing of PDF.
 */
package org.securebase.export.verification;
