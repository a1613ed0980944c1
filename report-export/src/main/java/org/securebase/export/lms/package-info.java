/**
 * Grades back into learning management systems as the CSV files their gradebook importers read:
 * a Canvas gradebook export with one assignment column added, and a Moodle grade import file
 * keyed by e-mail address and ID number. Trainees are matched by e-mail, SIS user id or login;
 * whoever cannot be matched, or matches more than one student, is listed, never guessed.
 *
 * <p>Depends on the JDK, {@code org.securebase.quiz.importing} (the CSV reader) and
 * {@code org.securebase.export.gradebook} (the CSV field rules).
 */
package org.securebase.export.lms;
