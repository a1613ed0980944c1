/**
 * The kit's use cases, one class each with one entry point, called by every interface (the
 * command line and the browser): issue certificates for a course, deliver an attempt,
 * watch a live delivery, import collected responses, export the gradebook, report a trainee's
 * score, rescore, analyse items, revoke a certificate, run the demo. An interface parses its input into the typed
 * values a use case takes, calls it, and renders the typed result; the rules live here.
 *
 * <p>Depends on {@code model}, {@code scenarios}, {@code quiz-engine} and {@code report-export};
 * never on an interface.
 */
package org.securebase.usecase;
