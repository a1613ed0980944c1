package org.securebase.quiz.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads JSON text (RFC 8259) without a library. Writing is canonical: no
 * insignificant whitespace, object keys in their insertion order, strings escaped minimally
 * ({@code "}, {@code \}, and control characters as {@code \n}, {@code \t}, ... or a backslash, the letter u and four hex digits);
 * all other characters are written as themselves and encoded as UTF-8 by the caller.
 *
 * @since 0.1
 */
public final class JsonText {
    private JsonText() {
    }

    /** The canonical text of a value. */
    public static String write(Json value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Json value, StringBuilder out) {
        if (value instanceof Json.Obj o) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Json> e : o.members().entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Json.Arr a) {
            out.append('[');
            for (int i = 0; i < a.items().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(a.items().get(i), out);
            }
            out.append(']');
        } else if (value instanceof Json.Str s) {
            string(s.value(), out);
        } else if (value instanceof Json.Num n) {
            out.append(n.value());
        } else if (value instanceof Json.Dec d) {
            out.append(BigDecimal.valueOf(d.value()).stripTrailingZeros().toPlainString());
        } else if (value instanceof Json.Bool b) {
            out.append(b.value());
        } else {
            out.append("null");
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * Parses JSON text holding one value.
     *
     * @throws JsonException naming the character position of the first error
     */
    public static Json parse(String text) {
        Parser p = new Parser(text);
        p.space();
        Json v = p.value();
        p.space();
        if (p.pos != text.length()) {
            throw p.error("unexpected text after the value");
        }
        return v;
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        JsonException error(String what) {
            return new JsonException("JSON error at character " + (pos + 1) + ": " + what);
        }

        void space() {
            while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
        }

        char peek() {
            if (pos >= s.length()) {
                throw error("the text ends too early");
            }
            return s.charAt(pos);
        }

        void expect(char c) {
            if (peek() != c) {
                throw error("expected '" + c + "', found '" + peek() + "'");
            }
            pos++;
        }

        Json value() {
            char c = peek();
            if (c == '{') {
                return object();
            }
            if (c == '[') {
                return array();
            }
            if (c == '"') {
                return new Json.Str(string());
            }
            if (c == '-' || (c >= '0' && c <= '9')) {
                return number();
            }
            if (s.startsWith("true", pos)) {
                pos += 4;
                return new Json.Bool(true);
            }
            if (s.startsWith("false", pos)) {
                pos += 5;
                return new Json.Bool(false);
            }
            if (s.startsWith("null", pos)) {
                pos += 4;
                return Json.NULL;
            }
            throw error("expected a value, found '" + c + "'");
        }

        Json object() {
            expect('{');
            Map<String, Json> members = new LinkedHashMap<>();
            space();
            if (peek() == '}') {
                pos++;
                return new Json.Obj(members);
            }
            while (true) {
                space();
                String key = string();
                space();
                expect(':');
                space();
                if (members.put(key, value()) != null) {
                    throw error("the key '" + key + "' occurs twice");
                }
                space();
                if (peek() == ',') {
                    pos++;
                    continue;
                }
                expect('}');
                return new Json.Obj(members);
            }
        }

        Json array() {
            expect('[');
            List<Json> items = new ArrayList<>();
            space();
            if (peek() == ']') {
                pos++;
                return new Json.Arr(items);
            }
            while (true) {
                space();
                items.add(value());
                space();
                if (peek() == ',') {
                    pos++;
                    continue;
                }
                expect(']');
                return new Json.Arr(items);
            }
        }

        Json number() {
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (pos < s.length() && ".eE".indexOf(s.charAt(pos)) >= 0) {
                throw error("only whole numbers are expected here");
            }
            String digits = s.substring(start, pos);
            try {
                return new Json.Num(Long.parseLong(digits));
            } catch (NumberFormatException e) {
                pos = start;
                throw error("'" + digits + "' is not a whole number that fits 64 bits");
            }
        }

        String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = peek();
                pos++;
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    pos--;
                    throw error("a control character must be escaped inside a string");
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = peek();
                pos++;
                switch (e) {
                    case '"' -> out.append('"');
                    case '\\' -> out.append('\\');
                    case '/' -> out.append('/');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (pos + 4 > s.length()) {
                            throw error("a \\u escape needs four hex digits");
                        }
                        try {
                            out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("a \\u escape needs four hex digits");
                        }
                        pos += 4;
                    }
                    default -> {
                        pos--;
                        throw error("unknown escape '\\" + e + "'");
                    }
                }
            }
        }
    }
}
