package org.securebase.web;

import io.nayuki.qrcodegen.QrCode;

/**
 * The QR code of the workshop's address, as SVG for the projector page and as text for the
 * instructor's terminal.
 *
 * @since 0.2
 */
public final class Qr {
    private static final int QUIET = 2;
    private final QrCode code;

    /** @param text what the code holds: the address trainees open */
    public Qr(String text) {
        this.code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    }

    /** @return an SVG image, dark modules on a light square, scaling to its container */
    public String svg() {
        int n = code.size + 2 * QUIET;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append('M').append(x + QUIET).append(',').append(y + QUIET).append("h1v1h-1z");
                }
            }
        }
        return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n + " " + n
                + "\" role=\"img\" aria-label=\"QR code of the address\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + n + "\" height=\"" + n + "\" fill=\"#fff\"/><path d=\"" + path
                + "\" fill=\"#000\"/></svg>";
    }

    /**
     * The code drawn with half-block characters, two modules a character cell high. Light
     * modules are drawn (a terminal's text is light on dark), so on a dark terminal it reads as a
     * normal code; phones also read the inverted one a light terminal shows.
     *
     * @return the lines, joined by newlines
     */
    public String text() {
        StringBuilder out = new StringBuilder();
        int from = -QUIET;
        int to = code.size + QUIET;
        for (int y = from; y < to; y += 2) {
            for (int x = from; x < to; x++) {
                boolean top = !dark(x, y);
                boolean bottom = y + 1 < to && !dark(x, y + 1);
                out.append(top && bottom ? '\u2588' : top ? '\u2580' : bottom ? '\u2584' : ' ');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private boolean dark(int x, int y) {
        return x >= 0 && y >= 0 && x < code.size && y < code.size && code.getModule(x, y);
    }
}
