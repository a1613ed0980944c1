package org.securebase.quiz.importing;

import java.util.ArrayList;
import java.util.List;
import org.securebase.model.Checks;

/**
 * Reads comma-separated values as RFC 4180 defines them: records end with CRLF (a bare LF or CR
 * is accepted too), fields are separated by commas, a field in double quotes may hold commas,
 * line breaks and doubled quotes ({@code ""} for one {@code "}). A byte order mark at the start
 * is skipped, a line break at the very end is not an empty record, and blank lines are skipped.
 *
 * <p>Reading never stops at a malformed record: it is returned as {@link Malformed} with its line
 * and reason, and reading goes on at the next line, so an import can report every bad row at
 * once.
 *
 * @since 0.1
 */
public final class Csv {
    private static final char QUOTE = '"';
    private static final char COMMA = ',';

    private Csv() {
    }

    /**
     * A record of the file: well formed, or not.
     *
     * @since 0.1
     */
    public sealed interface Record permits Row, Malformed {
        /** @return the line the record starts on, from 1 */
        int line();
    }

    /**
     * A well-formed record.
     *
     * @param line the line it starts on, from 1
     * @param fields its fields, unquoted
     * @since 0.1
     */
    public record Row(int line, List<String> fields) implements Record {
        /** Copies the fields. */
        public Row {
            fields = Checks.list(fields, "fields of line " + line);
        }
    }

    /**
     * A record that breaks the format.
     *
     * @param line the line it starts on, from 1
     * @param reason what is wrong and how to fix it
     * @since 0.1
     */
    public record Malformed(int line, String reason) implements Record {
    }

    /**
     * Reads every record of the text.
     *
     * @param text the whole file
     * @return the records in order, well formed or not
     */
    public static List<Record> read(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Record> out = new ArrayList<>();
        int i = 0;
        int line = 1;
        while (i < s.length()) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            String problem = null;
            boolean end = false;
            while (!end) {
                if (i < s.length() && s.charAt(i) == QUOTE) {
                    int opened = line;
                    i++;
                    boolean closed = false;
                    while (i < s.length()) {
                        char c = s.charAt(i);
                        if (c == QUOTE) {
                            if (i + 1 < s.length() && s.charAt(i + 1) == QUOTE) {
                                field.append(QUOTE);
                                i += 2;
                                continue;
                            }
                            i++;
                            closed = true;
                            break;
                        }
                        if (c == '\r' || c == '\n') {
                            line++;
                            if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                                field.append('\r');
                                i++;
                                c = '\n';
                            }
                        }
                        field.append(c);
                        i++;
                    }
                    if (!closed) {
                        problem = "the quoted field opened on line " + opened + " is never closed; end it with a \"";
                        break;
                    }
                    if (i < s.length() && !isBreak(s.charAt(i)) && s.charAt(i) != COMMA) {
                        problem = "text after the closing quote of field " + (fields.size() + 1)
                                + "; a quoted field must end at a comma or the end of the line";
                        break;
                    }
                } else {
                    while (i < s.length() && s.charAt(i) != COMMA && !isBreak(s.charAt(i))) {
                        if (s.charAt(i) == QUOTE) {
                            problem = "a quote inside unquoted field " + (fields.size() + 1)
                                    + "; put the whole field in quotes and double the quote (\"\")";
                            break;
                        }
                        field.append(s.charAt(i));
                        i++;
                    }
                    if (problem != null) {
                        break;
                    }
                }
                fields.add(field.toString());
                field.setLength(0);
                if (i < s.length() && s.charAt(i) == COMMA) {
                    i++;
                } else {
                    i = skipBreak(s, i);
                    line++;
                    end = true;
                }
            }
            if (problem != null) {
                while (i < s.length() && !isBreak(s.charAt(i))) {
                    i++;
                }
                i = skipBreak(s, i);
                out.add(new Malformed(start, problem));
                line++;
            } else if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                out.add(new Row(start, fields));
            }
        }
        return out;
    }

    private static boolean isBreak(char c) {
        return c == '\r' || c == '\n';
    }

    private static int skipBreak(String s, int i) {
        if (i < s.length() && s.charAt(i) == '\r') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '\n') {
            i++;
        }
        return i;
    }

    /**
     * Writes one record: fields holding a comma, quote or line break are quoted, quotes doubled;
     * the record ends with CRLF.
     *
     * @param fields the fields
     * @return the record's text
     */
    public static String write(List<String> fields) {
        List<String> out = new ArrayList<>();
        for (String f : fields) {
            boolean quote = f.indexOf(COMMA) >= 0 || f.indexOf(QUOTE) >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0;
            out.add(quote ? QUOTE + f.replace("\"", "\"\"") + QUOTE : f);
        }
        return String.join(",", out) + "\r\n";
    }
}
