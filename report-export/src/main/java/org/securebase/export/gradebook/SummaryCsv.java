package org.securebase.export.gradebook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.securebase.export.typeset.ExportException;
import org.securebase.export.typeset.Text;

/**
 * The gradebook summary as CSV for LMS import: RFC 4180 (comma-separated, CRLF line ends,
 * fields with commas, quotes or line breaks quoted, quotes doubled), UTF-8 with a byte-order
 * mark so spreadsheet programs read accents right, and text that a spreadsheet would take for
 * a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return)
 * neutralised with a leading apostrophe. The last column names the must-pass questions a failed
 * attempt missed (why it failed whatever the total, decision 0087), empty for everyone else.
 *
 * @since 0.1
 */
public final class SummaryCsv {
    /** The header line's fields. */
    public static final List<String> HEADER = List.of("trainee_id", "name", "score", "max", "percent", "pass",
            "completed", "certificate_number", "missed_must_pass");

    private SummaryCsv() {
    }

    /**
     * Writes the rows (iterated once) to a stream, left open.
     *
     * @throws ExportException when the stream fails
     */
    public static void write(Iterable<TraineeRow> rows, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            line(w, HEADER);
            for (TraineeRow r : rows) {
                line(w, List.of(r.traineeId(), r.name(), plain(r.score()), plain(r.max()),
                        BigDecimal.valueOf(r.fraction() * 100).setScale(1, RoundingMode.HALF_UP).toPlainString(),
                        r.verdict(false), r.completed() == null ? "" : r.completed().toString(),
                        r.certificateNumber() == null ? "" : r.certificateNumber(),
                        r.missedMustPass() == null ? "" : r.missedMustPass()));
            }
            w.flush();
        } catch (IOException e) {
            throw new ExportException("cannot write the summary CSV: " + e.getMessage(), e);
        }
    }

    /** One field as RFC 4180 with formula-like text neutralised. */
    public static String field(String value) {
        String v = Text.nfc(value);
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9]+(\\.[0-9]+)?")) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || v.startsWith("'")) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static String plain(BigDecimal n) {
        return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }

    private static void line(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(field(fields.get(i)));
        }
        w.write("\r\n");
    }
}
