package org.securebase.export.verification;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields of a document that a signature covers, in a fixed order, with their canonical
 * byte encoding. The encoding is versioned and unambiguous: a header line naming the kind and
 * version, then one line per field, {@code name=LENGTH:value}, where LENGTH is the number of
 * UTF-8 bytes of the NFC value. A value may hold any character, newlines included, without
 * ambiguity; an absent value is the empty string.
 *
 * <pre>
 * securebase-certificate/1
 * number=12:SB-2027-0001
 * trainee-name=9:Zoë Brown
 * </pre>
 *
 * @param kind what is signed and the encoding version, e.g. {@code securebase-certificate/1}
 * @param fields the name–value pairs, names distinct, in signing order
 * @since 0.1
 */
public record SignedFields(String kind, List<Field> fields) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*/[0-9]+");

    /**
     * One signed field.
     *
     * @param name lower-case letters, digits and '-'
     * @param value the NFC text; empty when absent
     * @since 0.1
     */
    public record Field(String name, String value) {
        /** Requires a well-formed name; null values become empty; values are NFC-normalised. */
        public Field {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new VerificationException("a signed field name must be lower-case letters, digits or '-', was '"
                        + name + "'");
            }
            value = value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFC);
        }
    }

    /** Requires a kind such as {@code securebase-certificate/1} and distinct field names. */
    public SignedFields {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new VerificationException("the kind of signed fields must look like 'name/1', was '" + kind + "'");
        }
        fields = List.copyOf(fields);
        Set<String> seen = new HashSet<>();
        for (Field f : fields) {
            if (!seen.add(f.name())) {
                throw new VerificationException("signed fields name '" + f.name() + "' twice");
            }
        }
    }

    /** The value of a field; empty when there is no such field or its value is empty. */
    public Optional<String> value(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).map(Field::value)
                .filter(v -> !v.isEmpty()).findFirst();
    }

    /** The canonical bytes that are signed. */
    public byte[] canonical() {
        StringBuilder out = new StringBuilder(kind).append('\n');
        for (Field f : fields) {
            int length = f.value().getBytes(StandardCharsets.UTF_8).length;
            out.append(f.name()).append('=').append(length).append(':').append(f.value()).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads canonical bytes back, refusing anything that is not exactly the canonical form.
     *
     * @throws VerificationException naming the first malformed part
     */
    public static SignedFields parse(byte[] canonical) {
        String text = new String(canonical, StandardCharsets.UTF_8);
        int header = text.indexOf('\n');
        if (header < 0) {
            throw new VerificationException("signed fields have no header line");
        }
        String kind = text.substring(0, header);
        List<Field> fields = new ArrayList<>();
        byte[] bytes = canonical;
        int pos = text.substring(0, header + 1).getBytes(StandardCharsets.UTF_8).length;
        while (pos < bytes.length) {
            int eq = indexOf(bytes, (byte) '=', pos);
            int colon = eq < 0 ? -1 : indexOf(bytes, (byte) ':', eq);
            if (eq < 0 || colon < 0) {
                throw new VerificationException("signed field at byte " + pos + " is not 'name=length:value'");
            }
            String name = new String(bytes, pos, eq - pos, StandardCharsets.UTF_8);
            String lengthText = new String(bytes, eq + 1, colon - eq - 1, StandardCharsets.US_ASCII);
            if (!lengthText.matches("0|[1-9][0-9]{0,6}")) {
                throw new VerificationException("signed field '" + name + "' has the length '" + lengthText + "'");
            }
            int length = Integer.parseInt(lengthText);
            int end = colon + 1 + length;
            if (end >= bytes.length || bytes[end] != '\n') {
                throw new VerificationException("signed field '" + name + "' is not " + length + " bytes long");
            }
            fields.add(new Field(name, new String(bytes, colon + 1, length, StandardCharsets.UTF_8)));
            pos = end + 1;
        }
        SignedFields parsed = new SignedFields(kind, fields);
        if (!java.util.Arrays.equals(parsed.canonical(), canonical)) {
            throw new VerificationException("signed fields are not in canonical form (NFC text, exact lengths)");
        }
        return parsed;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
            if (bytes[i] == '\n') {
                return -1;
            }
        }
        return -1;
    }
}
