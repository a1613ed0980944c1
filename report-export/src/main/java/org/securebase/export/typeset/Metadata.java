package org.securebase.export.typeset;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * The document information every export PDF carries: title, author, subject, keywords,
 * creator and creation date (all NFC).
 *
 * @param title the document title
 * @param author who the document is from (the sponsor or program)
 * @param subject what it is about
 * @param keywords comma-separated, or null
 * @param created when it was made
 * @since 0.1
 */
public record Metadata(String title, String author, String subject, String keywords, Instant created) {

    /** Requires title, author, subject and creation time. */
    public Metadata {
        title = require(title, "title");
        author = require(author, "author");
        subject = require(subject, "subject");
        keywords = Text.clean(keywords);
        if (created == null) {
            throw new ExportException("PDF metadata needs a creation time");
        }
    }

    /**
     * Writes the metadata: call before the document is opened. OpenPDF stamps the creation
     * date itself when the document opens, so the given time is set again on the writer's
     * document information then.
     */
    public void applyTo(Document document, PdfWriter writer) {
        writer.setPageEvent(new com.lowagie.text.pdf.PdfPageEventHelper() {
            @Override
            public void onOpenDocument(PdfWriter w, Document d) {
                w.getInfo().put(PdfName.CREATIONDATE, date());
            }
        });
        document.addTitle(title);
        document.addAuthor(author);
        document.addSubject(subject);
        if (keywords != null) {
            document.addKeywords(keywords);
        }
        document.addCreator("SecureBase");
        document.addCreationDate(date());
    }

    private PdfDate date() {
        GregorianCalendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.setTimeInMillis(created.toEpochMilli());
        Calendar calendar = when;
        return new PdfDate(calendar);
    }

    private static String require(String value, String what) {
        String clean = Text.clean(value);
        if (clean == null || clean.isEmpty()) {
            throw new ExportException("PDF metadata needs a " + what);
        }
        return clean;
    }
}
