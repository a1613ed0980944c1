package org.securebase.quiz.importing;

import java.util.ArrayList;
import java.util.List;

/** Response sheets for tests: records written the way a spreadsheet writes them. */
final class CsvFixtures {
    private static final char QUOTE = '"';
    private static final char COMMA = ',';

    private CsvFixtures() {
    }

    /**
     * Writes one record: fields holding a comma, quote or line break are quoted, quotes doubled;
     * the record ends with CRLF.
     *
     * @param fields the fields
     * @return the record's text
     */
    static String write(List<String> fields) {
        List<String> out = new ArrayList<>();
        for (String f : fields) {
            boolean quote = f.indexOf(COMMA) >= 0 || f.indexOf(QUOTE) >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0;
            out.add(quote ? QUOTE + f.replace("\"", "\"\"") + QUOTE : f);
        }
        return String.join(",", out) + "\r\n";
    }
}
