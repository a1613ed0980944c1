package org.securebase.export.certificate;

import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.securebase.export.typeset.Canvas;

/**
 * The text of a page read back region by region: each {@link Canvas#REGION_TAG} marked-content
 * sequence and the text its glyphs stand for (the {@code /ActualText} that OpenPDF's layout
 * processor writes around every piece of text, which is also what readers extract and copy).
 * Glyphs outside a region, glyphs without ActualText, nested or repeated regions, and form
 * XObjects are reported as problems: a certificate page holds nothing else.
 */
final class PageRegions {
    private static final Set<String> SHOW_TEXT = Set.of("Tj", "TJ", "'", "\"");
    private final Map<String, StringBuilder> regions = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private PageRegions() {
    }

    /** Reads page 1. */
    static PageRegions of(PdfReader reader) throws IOException {
        PageRegions page = new PageRegions();
        page.read(reader.getPageContent(1));
        PdfDictionary resources = reader.getPageN(1).getAsDict(PdfName.RESOURCES);
        if (resources != null && resources.getAsDict(PdfName.XOBJECT) != null
                && !resources.getAsDict(PdfName.XOBJECT).getKeys().isEmpty()) {
            page.problems.add("the page draws external objects (XObjects), which a certificate never does");
        }
        return page;
    }

    Map<String, String> texts() {
        Map<String, String> out = new LinkedHashMap<>();
        regions.forEach((k, v) -> out.put(k, v.toString()));
        return out;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    private void read(byte[] content) throws IOException {
        PdfContentParser parser = new PdfContentParser(new PRTokeniser(content));
        ArrayList<PdfObject> operands = new ArrayList<>();
        Deque<Marked> stack = new ArrayDeque<>();
        while (!parser.parse(operands).isEmpty()) {
            String operator = operands.get(operands.size() - 1).toString();
            if ("BDC".equals(operator) || "BMC".equals(operator)) {
                stack.push(marked(operands, stack));
            } else if ("EMC".equals(operator)) {
                if (stack.isEmpty()) {
                    problems.add("the page ends a marked section it never began");
                    continue;
                }
                Marked m = stack.pop();
                if (m.actualText != null) {
                    Marked region = enclosingRegion(stack);
                    if (region == null) {
                        problems.add("the page shows text outside the signed layout: '" + m.actualText + "'");
                    } else {
                        regions.get(region.region).append(m.actualText);
                    }
                }
            } else if (SHOW_TEXT.contains(operator)) {
                if (stack.stream().noneMatch(m -> m.actualText != null)) {
                    problems.add(enclosingRegion(stack) == null ? "the page shows glyphs outside the signed layout"
                            : "the page shows glyphs in '" + enclosingRegion(stack).region + "' without their text");
                }
            } else if ("Do".equals(operator)) {
                problems.add("the page draws an external object (XObject), which a certificate never does");
            }
        }
        if (!stack.isEmpty()) {
            problems.add("the page leaves a marked section open");
        }
    }

    private Marked marked(List<PdfObject> operands, Deque<Marked> stack) {
        PdfObject tag = operands.get(0);
        PdfDictionary properties = operands.size() > 2 && operands.get(1) instanceof PdfDictionary d ? d : null;
        if (tag instanceof PdfName name && ("/" + Canvas.REGION_TAG).equals(name.toString())) {
            PdfString n = properties == null ? null : properties.getAsString(PdfName.N);
            if (n == null) {
                problems.add("a text region has no name");
                return new Marked(null, null);
            }
            String region = n.toUnicodeString();
            if (enclosingRegion(stack) != null) {
                problems.add("the text region '" + region + "' is inside another region");
            }
            if (regions.containsKey(region)) {
                problems.add("the page shows the text region '" + region + "' twice");
            }
            regions.put(region, new StringBuilder());
            return new Marked(region, null);
        }
        PdfString actual = properties == null ? null : properties.getAsString(PdfName.ACTUALTEXT);
        return new Marked(null, actual == null ? null : actual.toUnicodeString());
    }

    private static Marked enclosingRegion(Deque<Marked> stack) {
        for (Marked m : stack) {
            if (m.region != null) {
                return m;
            }
        }
        return null;
    }

    /** A marked-content section: a named region, or a span with ActualText, or another tag. */
    private record Marked(String region, String actualText) {
    }
}
