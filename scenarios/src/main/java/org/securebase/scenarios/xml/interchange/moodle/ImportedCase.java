package org.securebase.scenarios.xml.interchange.moodle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.securebase.model.ModelException;
import org.securebase.model.vignette.Client;
import org.securebase.model.vignette.Series;
import org.securebase.model.vignette.Turn;
import org.securebase.scenarios.xml.interchange.CaseHtml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A case read back from question text that {@link CaseHtml} wrote: the vignette's attributes
 * from the {@code sb-} class names, its clients, background, transcript and credit, and the stem
 * that followed it.
 *
 * @param vignetteId the vignette's id
 * @param format its format's XML name
 * @param modality its modality concept id
 * @param difficulty its difficulty's XML name
 * @param title the case title
 * @param clients who is in the room
 * @param background the background paragraphs
 * @param transcript the turns
 * @param authors who wrote it
 * @param license its licence, or null
 * @param stem the question's stem
 * @param contentNotes the difficult material the case names before it, possibly none
 * @param series its place in a case series, or null
 * @since 0.2
 */
record ImportedCase(String vignetteId, String format, String modality, String difficulty, String title,
                    List<Client> clients, List<String> background, List<Turn> transcript, List<String> authors,
                    String license, String stem, List<String> contentNotes, Series series) {
    private static final String P = CaseHtml.PREFIX;

    /** The case in this HTML, when it is one SecureBase wrote and it reads as XML; else empty. */
    static Optional<ImportedCase> read(String html) {
        if (!html.contains("\"" + P + "case ")) {
            return Optional.empty();
        }
        Document doc;
        try {
            doc = SafeDom.parse(("<case-text>" + html + "</case-text>").getBytes(StandardCharsets.UTF_8), "question text");
        } catch (BankRejectedException e) {
            return Optional.empty();
        }
        Element root = doc.getDocumentElement();
        Element box = first(root, "case");
        Element stemBox = first(root, "stem");
        if (box == null || stemBox == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ImportedCase(token(box, "vignette-"), token(box, "format-"), token(box, "modality-"),
                    token(box, "difficulty-"), text(first(box, "title")), clients(box), background(box), transcript(box),
                    all(box, "author").stream().map(ImportedCase::text).toList(), optional(first(box, "license")),
                    text(stemBox), all(box, "content-note").stream().map(ImportedCase::text).toList(), series(box)));
        } catch (ModelException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The series markers a case in a series carries, else null. */
    private static Series series(Element box) {
        Optional<String> id = optionalToken(box, "series-");
        Optional<String> session = optionalToken(box, "session-");
        return id.isEmpty() || session.isEmpty() ? null : new Series(id.get(), Integer.parseInt(session.get()));
    }

    private static List<Client> clients(Element box) {
        List<Client> out = new ArrayList<>();
        for (Element c : all(box, "client")) {
            String age = optional(first(c, "age"));
            out.add(new Client(token(c, "client-"), text(first(c, "name")), age == null ? null : Integer.valueOf(age),
                    optional(first(c, "pronouns")), optional(first(c, "role"))));
        }
        return out;
    }

    private static List<String> background(Element box) {
        Element bg = first(box, "background");
        List<String> out = new ArrayList<>();
        if (bg == null) {
            return out;
        }
        NodeList ps = bg.getElementsByTagName("p");
        for (int i = 0; i < ps.getLength(); i++) {
            out.add(ps.item(i).getTextContent());
        }
        return out;
    }

    private static List<Turn> transcript(Element box) {
        List<Turn> out = new ArrayList<>();
        for (Element t : all(box, "turn")) {
            String nonverbal = optional(first(t, "nonverbal"));
            if (nonverbal != null && nonverbal.startsWith("(") && nonverbal.endsWith(")")) {
                nonverbal = nonverbal.substring(1, nonverbal.length() - 1);
            }
            out.add(new Turn(token(t, "speaker-"), text(first(t, "said")), nonverbal));
        }
        return out;
    }

    /** The first element under (or at) this one carrying the marker class. */
    private static Element first(Element from, String marker) {
        List<Element> found = all(from, marker);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Every element under this one, in document order, carrying the marker class {@code sb-marker}. */
    private static List<Element> all(Element from, String marker) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = from.getElementsByTagName("*");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (classes(e).contains(P + marker)) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<String> classes(Element e) {
        return Arrays.asList(e.getAttribute("class").split("\\s+"));
    }

    /** The value of the class {@code sb-prefixVALUE} of this element. */
    private static String token(Element e, String prefix) {
        return optionalToken(e, prefix).orElseThrow(() -> new ModelException("the case lacks its " + prefix + " marker"));
    }

    private static Optional<String> optionalToken(Element e, String prefix) {
        return classes(e).stream().filter(c -> c.startsWith(P + prefix)).map(c -> c.substring(P.length() + prefix.length()))
                .findFirst();
    }

    private static String text(Node n) {
        return n == null ? "" : n.getTextContent();
    }

    private static String optional(Node n) {
        return n == null ? null : n.getTextContent();
    }
}
