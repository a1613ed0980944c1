/**
 * Gradebooks: the results of a quiz as an XLSX workbook (summary, responses, concept mastery,
 * item analysis, test statistics and charts), streamed so memory stays flat in the number of
 * trainees, and the summary as CSV for LMS import.
 *
 * <p>Depends on the JDK, {@code org.securebase.model..}, {@code org.securebase.export.typeset}
 * and Apache POI.
 */
package org.securebase.export.gradebook;
