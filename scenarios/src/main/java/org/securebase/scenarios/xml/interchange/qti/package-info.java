/**
 * QTI 2.1 content packages: an {@code assessmentItem} per question (choice, order and match
 * interactions scored as SecureBase scores them, per-option {@code feedbackInline}, general
 * {@code modalFeedback}), an {@code assessmentTest} with a section per export section, and the
 * {@code imsmanifest.xml} carrying concept ids and difficulty as LOM metadata, zipped with fixed
 * entry times so the same export gives the same bytes.
 *
 * <p>Depends on the JDK's XML and zip APIs, {@code org.securebase.model..},
 * {@code org.securebase.scenarios.interchange} and {@code org.securebase.scenarios.xml.interchange}.
 */
package org.securebase.scenarios.xml.interchange.qti;
