/**
 * The XML edge: secure parsing (no DTDs, no external entities, no XInclude, no network),
 * validation against the bundled XML Schemas, JAXB binding classes (package-private, never
 * seen outside this package), mapping to the model with every problem reported at its line,
 * and the writer that turns the model back into XML.
 *
 * <p>Depends on the JDK's XML APIs, Jakarta XML Binding, {@code org.securebase.model..},
 * {@code org.securebase.scenarios.diagnostic} and {@code org.securebase.scenarios.lint}.
 */
package org.securebase.scenarios.xml;
