package org.securebase.export.typeset;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.function.IntFunction;

/**
 * A flowing portrait document with the shared metadata and a running header and footer on
 * every page (e.g. the variant code of a quiz handout).
 *
 * @since 0.1
 */
public final class Pages {
    private Pages() {
    }

    /**
     * Opens a document writing to a stream (left open when the document closes).
     *
     * @param size the page size, e.g. {@code PageSize.LETTER}
     * @param metadata title, author, subject, creation time
     * @param fonts the embedded fonts
     * @param header the text at the top left of every page
     * @param footer the text at the bottom of a page, given the page number
     * @return the open document and its writer
     */
    public static Opened open(Rectangle size, OutputStream out, Metadata metadata, FontSet fonts, String header,
                              IntFunction<String> footer) {
        Document document = new Document(size, 56, 56, 64, 60);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        metadata.applyTo(document, writer);
        writer.setPageEvent(new com.lowagie.text.pdf.PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                Canvas canvas = new Canvas(w.getDirectContent(), fonts);
                Rectangle page = d.getPageSize();
                float top = page.getHeight() - 36;
                canvas.line(header, Face.SANS_BOLD, 8, Palette.NAVY, d.left(), top, Element.ALIGN_LEFT, 0.3f);
                canvas.rule(d.left(), d.right(), top - 6, 0.5f, Palette.LIGHT);
                canvas.rule(d.left(), d.right(), 44, 0.5f, Palette.LIGHT);
                canvas.line(footer.apply(w.getPageNumber()), Face.SANS, 7.5f, Palette.GREY, d.right(), 32,
                        Element.ALIGN_RIGHT, 0.2f);
            }
        });
        document.open();
        return new Opened(document, writer);
    }

    /**
     * An open document and its writer.
     *
     * @param document the flowing document
     * @param writer its writer, for direct content
     * @since 0.1
     */
    public record Opened(Document document, PdfWriter writer) {
    }
}
