package org.securebase.cli.terminal;

import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error, drawn only on an interactive terminal and never
 * with {@code --quiet}, so piped output and logs stay clean.
 *
 * @since 0.1
 */
public final class ProgressBar {
    private static final int BAR = 30;
    private final PrintWriter err;
    private final String label;
    private final boolean enabled;
    private int lastPercent = -1;

    /**
     * @param err where to draw
     * @param label what is being done ("loading library")
     * @param enabled whether to draw at all (a terminal, not quiet)
     */
    public ProgressBar(PrintWriter err, String label, boolean enabled) {
        this.err = err;
        this.label = label;
        this.enabled = enabled;
    }

    /** Draws the bar for {@code done} of {@code total}; cheap to call often. */
    public synchronized void update(long done, long total) {
        if (!enabled || total <= 0) {
            return;
        }
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent * BAR / 100;
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] "
                + percent + "% (" + done + "/" + total + ")");
        err.flush();
    }

    /** Clears the line once the work is done. */
    public synchronized void finish() {
        if (enabled && lastPercent >= 0) {
            err.print("\r" + " ".repeat(label.length() + BAR + 30) + "\r");
            err.flush();
        }
    }
}
