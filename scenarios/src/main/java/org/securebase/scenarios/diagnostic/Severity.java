package org.securebase.scenarios.diagnostic;

/**
 * How bad a problem is: an error stops the content from being used, a warning is advice.
 *
 * @since 0.1
 */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed in a diagnostic line ({@code error}, {@code warning}). */
    public String label() {
        return label;
    }
}
