/**
 * The shared domain model of SecureBase: attachment concepts and the content that vignettes,
 * quiz blueprints and courses are made of, as immutable records validated in their constructors.
 *
 * <p>Depends on the JDK only; every other module depends on this one.
 */
package org.securebase.model;
