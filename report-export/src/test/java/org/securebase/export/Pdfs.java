package org.securebase.export;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads PDFs back in tests: text, fonts, document information; rewrites document information. */
public final class Pdfs {
    private Pdfs() {
    }

    /** The text of every page, ligatures folded (NFKC) and whitespace runs folded to one space. */
    public static String text(Path pdf) throws IOException {
        return text(Files.readAllBytes(pdf));
    }

    /** The text of every page, ligatures folded (NFKC) and whitespace runs folded to one space. */
    public static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder out = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                out.append(extractor.getTextFromPage(p)).append('\n');
            }
            return Normalizer.normalize(out.toString(), Normalizer.Form.NFKC).replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    /** The text with all whitespace removed, for checks that must not depend on line breaks. */
    public static String squeezed(Path pdf) throws IOException {
        return text(pdf).replace(" ", "");
    }

    /** The page count. */
    public static int pages(Path pdf) throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        try {
            return reader.getNumberOfPages();
        } finally {
            reader.close();
        }
    }

    /** The document information. */
    public static Map<String, String> info(Path pdf) throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        try {
            return reader.getInfo();
        } finally {
            reader.close();
        }
    }

    /** One line per font dictionary: base font name and whether a font file is embedded. */
    public static List<String> fonts(Path pdf) throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        try {
            List<String> fonts = new ArrayList<>();
            for (int i = 1; i < reader.getXrefSize(); i++) {
                PdfObject o = reader.getPdfObject(i);
                if (o instanceof PdfDictionary d && PdfName.FONT.equals(d.get(PdfName.TYPE))) {
                    PdfName subtype = d.getAsName(PdfName.SUBTYPE);
                    if (PdfName.TYPE0.equals(subtype)) {
                        continue;
                    }
                    PdfDictionary descriptor = d.getAsDict(PdfName.FONTDESCRIPTOR);
                    boolean embedded = descriptor != null && (descriptor.contains(PdfName.FONTFILE2)
                            || descriptor.contains(PdfName.FONTFILE) || descriptor.contains(PdfName.FONTFILE3));
                    fonts.add(d.get(PdfName.BASEFONT) + " embedded=" + embedded);
                }
            }
            return fonts;
        } finally {
            reader.close();
        }
    }

    /** A copy of the PDF with its document information changed. */
    public static byte[] withInfo(Path pdf, Consumer<Map<String, String>> change) throws Exception {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfStamper stamper = new PdfStamper(reader, out);
        Map<String, String> info = reader.getInfo();
        change.accept(info);
        stamper.setInfoDictionary(info);
        stamper.close();
        reader.close();
        return out.toByteArray();
    }
}
