/**
 * The attachment concept catalogue: stable concept ids, their groups, display names and
 * trainee-facing definitions, and the relationships between concepts held as data
 * (styles on the anxiety and avoidance dimensions, EFT steps in their stages, cycle positions).
 *
 * <p>Depends on the JDK and {@code org.securebase.model} only.
 */
package org.securebase.model.concept;
