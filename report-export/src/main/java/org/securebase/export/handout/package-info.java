/**
 * Printable quiz handouts for workshops without laptops: per variant, the vignettes with their
 * transcripts and the questions as presented (options, ordering items and matching answers in
 * the delivered order), an answer sheet, and a separate answer key with the feedback.
 *
 * <p>Depends on the JDK, {@code org.securebase.model..}, {@code org.securebase.export.typeset}
 * and OpenPDF.
 */
package org.securebase.export.handout;
