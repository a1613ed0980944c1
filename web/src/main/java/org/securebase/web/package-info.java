/**
 * Browser delivery for workshops: an HTTP server (Javalin on Jetty) that serves one quiz to
 * trainees on the room's network, with plain-form pages rendered from precompiled JTE
 * templates. Every call into the kit goes through {@link org.securebase.web.Delivery}, which hands
 * it to a use case of {@code org.securebase.usecase} (never to {@code quiz.store}); the
 * handlers parse a request into a typed value, call it, and render a page.
 *
 * @since 0.2
 */
package org.securebase.web;
