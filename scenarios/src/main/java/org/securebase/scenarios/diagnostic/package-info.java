/**
 * Diagnostics: a problem found in a content file (where, how bad, which lint rule, what is wrong)
 * and the source positions that let semantic problems point at the element that causes them.
 *
 * <p>Depends on the JDK only.
 */
package org.securebase.scenarios.diagnostic;
