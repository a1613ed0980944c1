package org.securebase.badarch.scenarios;

/** Breaks: POI only in report-export. */
public class ScenariosWritingSpreadsheets {
    public Object workbook() {
        return new org.apache.poi.xssf.usermodel.XSSFWorkbook();
    }
}
