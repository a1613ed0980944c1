/**
 * Interchange with learning management systems, free of XML: what an export holds (sections of
 * library questions) and the plain-text rules for the HTML fields LMSs use. The writers and
 * readers of the formats are in {@code org.securebase.scenarios.xml.interchange..}.
 *
 * <p>Depends on the JDK and {@code org.securebase.model..}.
 */
package org.securebase.scenarios.interchange;
