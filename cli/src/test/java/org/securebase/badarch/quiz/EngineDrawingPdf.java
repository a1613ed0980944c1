package org.securebase.badarch.quiz;

/** Breaks: OpenPDF only in report-export. */
public class EngineDrawingPdf {
    public Object document() {
        return new com.lowagie.text.Document();
    }
}
