/**
 * The XML side of interchange with learning management systems: the case of a vignette as HTML
 * both Moodle and QTI accept, and the indenting the interchange writers share. The Moodle XML
 * reader and writer and the QTI 2.1 package writer are in the sub-packages; the JDK's XML types
 * stay inside {@code org.securebase.scenarios.xml..}, as everywhere in this module.
 *
 * <p>Depends on the JDK's XML APIs, {@code org.securebase.model..} and
 * {@code org.securebase.scenarios.interchange}.
 */
package org.securebase.scenarios.xml.interchange;
