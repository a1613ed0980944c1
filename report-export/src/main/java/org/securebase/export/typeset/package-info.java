/**
 * Typesetting shared by every PDF export: the embedded font set (DejaVu by default, any
 * TrueType files by configuration), Unicode normalisation of all printed text, and document
 * metadata.
 *
 * <p>Depends on the JDK and OpenPDF.
 */
package org.securebase.export.typeset;
