package org.securebase.model.course;

/**
 * How the course's certificates are printed.
 *
 * @param paper letter or A4, landscape
 * @param showScore whether the trainee's score appears on the certificate
 * @since 0.1
 */
public record CertificateSettings(Paper paper, boolean showScore) {
    /** Letter paper, no score: what a course without a {@code certificate} element gets. */
    public static final CertificateSettings DEFAULT = new CertificateSettings(Paper.LETTER, false);

    /** Letter when no paper is given. */
    public CertificateSettings {
        paper = paper == null ? Paper.LETTER : paper;
    }
}
