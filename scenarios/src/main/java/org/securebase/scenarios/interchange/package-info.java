/**
 * Interchange with learning management systems: what an export holds (sections of library
 * questions) and the case of a vignette as HTML a trainee can read, shared by the Moodle XML and
 * QTI 2.1 writers in the sub-packages.
 *
 * <p>Depends on the JDK's XML APIs and {@code org.securebase.model..}; the sub-packages depend
 * on this one, never the other way.
 */
package org.securebase.scenarios.interchange;
