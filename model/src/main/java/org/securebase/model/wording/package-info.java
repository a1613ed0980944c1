/**
 * What the wording of a question gives away without any knowledge of the content: the words of
 * a text, its absolute words ("always", "never", "only", ...) and its length. The test-wiseness
 * audit and the lint rules it implies read the same cues from here, so an author sees one
 * definition of a cue wherever it is reported.
 *
 * <p>Depends on the JDK only.
 */
package org.securebase.model.wording;
