/**
 * A trainee's score report: score and pass/fail, each question with the answer given, the
 * right answer and the feedback, and mastery per concept group drawn as a bar chart.
 *
 * <p>Depends on the JDK, {@code org.securebase.model..}, {@code org.securebase.export.typeset}
 * and OpenPDF.
 */
package org.securebase.export.report;
