package org.securebase.export.lms;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.securebase.export.gradebook.SummaryCsv;

/**
 * Lines as RFC 4180 CSV, UTF-8 with a byte-order mark and CRLF line ends, each field as the
 * summary CSV writes it (quoted when needed, formula-like text neutralised).
 *
 * @since 0.2
 */
final class LmsCsv {
    private LmsCsv() {
    }

    static byte[] write(List<List<String>> lines) {
        StringBuilder s = new StringBuilder("\uFEFF");
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                if (i > 0) {
                    s.append(',');
                }
                s.append(SummaryCsv.field(line.get(i)));
            }
            s.append("\r\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
