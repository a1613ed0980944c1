package org.securebase.scenarios.xml;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the XML parser's and schema validator's messages into plain language an instructor can
 * act on. A value that breaks a facet (enumeration, pattern, range) is reported by the validator
 * twice, first the facet, then the attribute or element; the first is held and merged into the
 * second so each problem gives one line. One instance per file: it keeps that pending facet.
 */
final class SchemaMessages {
    private static final Pattern CODE = Pattern.compile("^(cvc-[A-Za-z0-9.\\-]+): (.*)$", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'");
    private static final Pattern QNAME = Pattern.compile("\\{\"([^\"]*)\":([^}\",]+)}|\"[^\"]*\":([^,}\\s]+)");
    private static final Map<String, String> PATTERN_TYPES = Map.ofEntries(
            Map.entry("id", "an id: letters, digits, '.', '_' or '-', starting with a letter or digit"),
            Map.entry("conceptId", "a concept id such as 'style.anxious' (lower case, dot-separated)"),
            Map.entry("modality", "a modality concept id such as 'modality.eft'"),
            Map.entry("speaker", "a client id or 'therapist'"),
            Map.entry("questionRef", "a question reference 'vignette-id#question-id'"),
            Map.entry("conceptPattern", "a concept id or a 'prefix.*' pattern such as 'eft.step.*'"),
            Map.entry("ruleName", "a lint rule name such as 'option-feedback'"));

    private static final Pattern UNEXPECTED_ROOT = Pattern.compile("unexpected element \\(uri:\"([^\"]*)\", local:\"([^\"]*)\"\\)");

    private final OpenElements open;
    private String pendingFacet;

    /** @param open the elements open as the validator reports, to name the one a message concerns */
    SchemaMessages(OpenElements open) {
        this.open = open;
    }

    /** Plain language for a schema or parser message; null when the message was held to merge with the next. */
    String translate(String raw) {
        String message = raw == null ? "" : raw.strip();
        if (message.contains(Namespaces.XINCLUDE)) {
            return "XInclude is not supported: SecureBase never reads other files, so write the content into this file";
        }
        Matcher m = CODE.matcher(message);
        if (!m.matches()) {
            return message;
        }
        String code = m.group(1);
        String[] q = quoted(m.group(2));
        switch (code) {
            case "cvc-enumeration-valid":
                return hold("must be one of " + q[1].replaceAll("^\\[|]$", "") + ", was '" + q[0] + "'");
            case "cvc-pattern-valid":
                return hold("must be " + PATTERN_TYPES.getOrDefault(arg(q, 2), "of the form " + arg(q, 1)) + ", was '" + q[0] + "'");
            case "cvc-minInclusive-valid":
                return hold("must be at least " + arg(q, 1) + ", was " + q[0]);
            case "cvc-maxInclusive-valid":
                return hold("must be at most " + arg(q, 1) + ", was " + q[0]);
            case "cvc-minExclusive-valid":
                return hold("must be more than " + arg(q, 1) + ", was " + q[0]);
            case "cvc-maxExclusive-valid":
                return hold("must be less than " + arg(q, 1) + ", was " + q[0]);
            case "cvc-minLength-valid":
                return hold(q[0].isBlank() ? "must not be empty" : "is too short, was '" + q[0] + "'");
            case "cvc-datatype-valid.1.2.1":
                return hold("must be " + datatype(arg(q, 1)) + ", was '" + q[0] + "'");
            case "cvc-attribute.3":
                return release("attribute '" + arg(q, 1) + "' of <" + local(q[2]) + "> ", "is not valid, was '" + q[0] + "'");
            case "cvc-type.3.1.3":
                return release(open.current() + " ", "is not valid, was '" + q[0] + "'");
            case "cvc-complex-type.4":
                return "<" + local(q[1]) + "> needs the attribute '" + q[0] + "'";
            case "cvc-complex-type.3.2.2":
                return "<" + local(q[1]) + "> has no attribute '" + q[0] + "'";
            case "cvc-complex-type.2.4.a":
                return "<" + local(q[0]) + "> is not expected here; expected " + expected(arg(q, 1));
            case "cvc-complex-type.2.4.b":
                return "<" + local(q[0]) + "> is incomplete: it needs " + expected(arg(q, 1));
            case "cvc-complex-type.2.4.d":
            case "cvc-complex-type.2.4.f":
                return "<" + local(q[0]) + "> is not expected here: nothing more may follow";
            case "cvc-complex-type.2.3":
            case "cvc-type.3.1.2":
                return "<" + local(q[0]) + "> may hold only elements here, not text";
            case "cvc-complex-type.2.1":
                return "<" + local(q[0]) + "> must be empty";
            case "cvc-elt.1.a":
                return notAFormat(local(q[0]), open.currentNamespace());
            default:
                return message.substring(code.length() + 2);
        }
    }

    /** A held facet message nothing merged with: give it out alone. */
    String flush() {
        String p = pendingFacet;
        pendingFacet = null;
        return p == null ? null : "a value " + p;
    }

    /**
     * Plain language for a fatal (not well-formed) parser message.
     *
     * @param opened for an element left open, which one and where it was opened; or null
     */
    static String fatal(String raw, String opened) {
        String m = raw == null ? "" : raw.strip();
        if (m.contains("DOCTYPE is disallowed") || m.contains("disallow-doctype-decl")) {
            return "DOCTYPE declarations are not allowed: they can read other files or expand entities without bound; "
                    + "remove the <!DOCTYPE …> declaration";
        }
        Matcher root = UNEXPECTED_ROOT.matcher(m);
        if (root.find()) {
            return notAFormat(root.group(2), root.group(1));
        }
        if (opened != null && (m.contains("must be terminated by the matching end-tag")
                || m.contains("must start and end within the same entity"))) {
            return "not well-formed XML: " + opened + (m.contains("matching end-tag")
                    ? ": its end tag must come before this one" : " when the file ends");
        }
        if (m.startsWith("Premature end of file")) {
            return "the file ends before its root element is complete (or it is empty)";
        }
        if (m.contains("Content is not allowed in prolog")) {
            return "the file does not start with XML: expected <?xml …?> or the root element, found text";
        }
        if (m.contains("maxElementDepth") || m.contains("elements nested")) {
            return "elements are nested too deeply (more than " + SecureXml.MAX_DEPTH + " levels)";
        }
        if (m.contains("entity") && (m.contains("limit") || m.contains("expansion"))) {
            return "entity expansion refused: " + m;
        }
        return "not well-formed XML: " + m;
    }

    /** A root element that is none of the three formats, with the namespace it was written in. */
    private static String notAFormat(String local, String namespace) {
        return "<" + local + (namespace.isEmpty() ? "" : " xmlns=\"" + namespace + "\"")
                + "> is not a SecureBase format: the root must be <vignette xmlns=\"" + Namespaces.VIGNETTE
                + "\">, <quiz xmlns=\"" + Namespaces.QUIZ + "\"> or <course xmlns=\"" + Namespaces.COURSE + "\">";
    }

    private String hold(String detail) {
        String earlier = pendingFacet;
        pendingFacet = detail;
        return earlier == null ? null : "a value " + earlier;
    }

    private String release(String subject, String fallback) {
        String detail = pendingFacet;
        pendingFacet = null;
        return subject + (detail == null ? fallback : detail);
    }

    private static String[] quoted(String text) {
        Matcher m = QUOTED.matcher(text);
        java.util.List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1).replace("''", "'"));
        }
        while (out.size() < 4) {
            out.add("");
        }
        return out.toArray(new String[0]);
    }

    private static String arg(String[] q, int i) {
        return i < q.length ? q[i] : "";
    }

    private static String local(String name) {
        Matcher m = QNAME.matcher(name);
        if (m.find()) {
            return m.group(2) != null ? m.group(2) : m.group(3);
        }
        return name;
    }

    private static String expected(String list) {
        Matcher m = QNAME.matcher(list);
        java.util.List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add("<" + (m.group(2) != null ? m.group(2) : m.group(3)) + ">");
        }
        if (names.isEmpty()) {
            for (String n : list.replaceAll("[{}]", "").split(",\\s*")) {
                if (!n.isBlank()) {
                    names.add("<" + n.strip() + ">");
                }
            }
        }
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static String datatype(String type) {
        switch (type) {
            case "integer":
            case "int":
            case "nonNegativeInteger":
            case "positiveInteger":
                return "a whole number";
            case "decimal":
                return "a number such as 6.0";
            case "boolean":
                return "true or false";
            case "date":
                return "a date written YYYY-MM-DD";
            case "language":
                return "a language tag such as 'en' or 'pt-BR'";
            default:
                return "a valid " + type;
        }
    }
}
