/**
 * Moodle XML both ways: the writer that puts an export into a Moodle question bank (a category
 * per section, the case in each question's text, multichoice, matching and ordering with
 * fractions Moodle accepts) and the reader that turns a Moodle bank into vignettes, reporting
 * every question it cannot hold. Parsing uses the project's secure reader (decision 0002).
 *
 * <p>Depends on the JDK's XML APIs, {@code org.securebase.model..},
 * {@code org.securebase.scenarios.xml} (the secure reader), {@code org.securebase.scenarios.interchange}
 * and {@code org.securebase.scenarios.xml.interchange}.
 */
package org.securebase.scenarios.xml.interchange.moodle;
