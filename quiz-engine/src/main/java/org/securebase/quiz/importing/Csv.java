package org.securebase.quiz.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
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
    /** The longest field read whole, in characters: a response sheet holds short answers. */
    public static final int FIELD_LIMIT = 10_000;
    /** How many characters of a bad value a message echoes. */
    static final int EXCERPT = 40;

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
        List<Record> out = new ArrayList<>();
        records(new StringReader(text)).forEachRemaining(out::add);
        return out;
    }

    /**
     * Reads the records of a character stream one at a time, holding only the record being read:
     * a file of any size is read in a small heap. A field longer than {@link #FIELD_LIMIT}
     * characters makes its record {@link Malformed}, and only its first characters are kept.
     *
     * @param in the file's text; the caller closes it
     * @return the records in order, well formed or not
     * @throws UncheckedIOException from {@code hasNext} when the stream cannot be read
     * @since 0.3
     */
    public static Iterator<Record> records(Reader in) {
        return new Records(in);
    }

    /** The records of a stream, parsed with one character of lookahead. */
    private static final class Records implements Iterator<Record> {
        private static final int UNREAD = -2;
        private final Reader in;
        private int ahead = UNREAD;
        private int line = 1;
        private boolean started;
        private Record next;

        Records(Reader in) {
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                try {
                    next = parse();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the file: " + e.getMessage(), e);
                }
            }
            return next != null;
        }

        @Override
        public Record next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more records after line " + line);
            }
            Record r = next;
            next = null;
            return r;
        }

        private int peek() throws IOException {
            if (ahead == UNREAD) {
                ahead = in.read();
            }
            return ahead;
        }

        private int take() throws IOException {
            int c = peek();
            ahead = UNREAD;
            return c;
        }

        private boolean atEnd() throws IOException {
            return peek() < 0;
        }

        private boolean atBreak() throws IOException {
            return peek() == '\r' || peek() == '\n';
        }

        private Record parse() throws IOException {
            if (!started) {
                started = true;
                if (peek() == '\uFEFF') {
                    take();
                }
            }
            while (!atEnd()) {
                int start = line;
                List<String> fields = new ArrayList<>();
                Field field = new Field();
                String problem = null;
                boolean end = false;
                while (!end) {
                    if (peek() == QUOTE) {
                        int opened = line;
                        take();
                        boolean closed = false;
                        while (!atEnd()) {
                            char c = (char) take();
                            if (c == QUOTE) {
                                if (peek() == QUOTE) {
                                    field.append(QUOTE);
                                    take();
                                    continue;
                                }
                                closed = true;
                                break;
                            }
                            if (c == '\r' || c == '\n') {
                                line++;
                                if (c == '\r' && peek() == '\n') {
                                    field.append('\r');
                                    take();
                                    c = '\n';
                                }
                            }
                            field.append(c);
                        }
                        if (!closed) {
                            problem = "the quoted field opened on line " + opened + " is never closed; end it with a \"";
                            break;
                        }
                        if (!atEnd() && !atBreak() && peek() != COMMA) {
                            problem = "text after the closing quote of field " + (fields.size() + 1)
                                    + "; a quoted field must end at a comma or the end of the line";
                            break;
                        }
                    } else {
                        while (!atEnd() && peek() != COMMA && !atBreak()) {
                            if (peek() == QUOTE) {
                                problem = "a quote inside unquoted field " + (fields.size() + 1)
                                        + "; put the whole field in quotes and double the quote (\"\")";
                                break;
                            }
                            field.append((char) take());
                        }
                        if (problem != null) {
                            break;
                        }
                    }
                    if (field.tooLong() && problem == null) {
                        problem = "field " + (fields.size() + 1) + " is longer than " + FIELD_LIMIT
                                + " characters (it starts '" + excerpt(field.text()) + "'); a response sheet holds"
                                + " short answers: check the columns and the quotes";
                    }
                    fields.add(field.text());
                    field = new Field();
                    if (peek() == COMMA) {
                        take();
                    } else {
                        skipBreak();
                        line++;
                        end = true;
                    }
                }
                if (problem != null) {
                    if (!end) {
                        while (!atEnd() && !atBreak()) {
                            take();
                        }
                        skipBreak();
                        line++;
                    }
                    return new Malformed(start, problem);
                } else if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                    return new Row(start, fields);
                }
            }
            return null;
        }

        private void skipBreak() throws IOException {
            if (peek() == '\r') {
                take();
            }
            if (peek() == '\n') {
                take();
            }
        }
    }

    /** A field as it is read: its first {@link #FIELD_LIMIT} characters, and whether there were more. */
    private static final class Field {
        private final StringBuilder text = new StringBuilder();
        private boolean tooLong;

        void append(char c) {
            if (text.length() < FIELD_LIMIT) {
                text.append(c);
            } else {
                tooLong = true;
            }
        }

        boolean tooLong() {
            return tooLong;
        }

        String text() {
            return text.toString();
        }
    }

    /**
     * A short excerpt of a value for a message: its first {@value #EXCERPT} characters and an
     * ellipsis, so a huge bad value is never echoed whole.
     *
     * @param value a value from the file
     * @return the value, or its start followed by "…"
     * @since 0.3
     */
    public static String excerpt(String value) {
        return value.length() <= EXCERPT ? value : value.substring(0, EXCERPT) + "…";
    }
}
