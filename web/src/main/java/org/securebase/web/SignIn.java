package org.securebase.web;

/**
 * Thrown by a handler that needs a signed-in browser when there is none: the exception mapper
 * sends the browser to the page where it can sign in.
 *
 * @since 0.2
 */
final class SignIn extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String to;

    SignIn(String to) {
        super(to, null, false, false);
        this.to = to;
    }

    String to() {
        return to;
    }
}
