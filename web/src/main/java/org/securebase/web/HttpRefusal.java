package org.securebase.web;

/**
 * A request the server refuses, with the status to answer and a one-line message for the person
 * at the browser. The exception mapper turns it into a page; nothing else sets error statuses.
 *
 * @since 0.2
 */
class HttpRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String heading;

    HttpRefusal(int status, String heading, String message) {
        super(message, null, false, false);
        this.status = status;
        this.heading = heading;
    }

    int status() {
        return status;
    }

    String heading() {
        return heading;
    }

    static HttpRefusal badRequest(String message) {
        return new HttpRefusal(400, "That did not work", message);
    }

    static HttpRefusal notFound() {
        return new HttpRefusal(404, "Not found", "There is no such page here.");
    }

    static HttpRefusal forbidden(String message) {
        return new HttpRefusal(403, "Not allowed", message);
    }
}
