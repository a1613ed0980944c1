package org.securebase.web.view;

/**
 * The join page: the join form (join code and name, or roster id), the resume form, and the QR
 * code of the address for the projector.
 *
 * @param frame the frame
 * @param roster whether trainees join with a roster id instead of registering a name
 * @param open whether joining is open
 * @param address the address trainees open
 * @param qrSvg the QR code of the address as SVG markup, made by the server (no user input)
 * @param notice a message to show first, or empty
 * @since 0.2
 */
public record JoinPage(Frame frame, boolean roster, boolean open, String address, gg.jte.Content qrSvg, String notice) {
}
