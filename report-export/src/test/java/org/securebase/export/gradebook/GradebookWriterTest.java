package org.securebase.export.gradebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradebookWriterTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-15T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    XSSFWorkbook book;

    @BeforeEach
    void write() throws Exception {
        Path file = dir.resolve("gradebook.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new GradebookWriter(CLOCK).write(GradebookFixtures.anyGradebook(GradebookFixtures.anyRows()), out);
        }
        try (InputStream in = Files.newInputStream(file)) {
            book = new XSSFWorkbook(in);
        }
    }

    @Test
    void holdsTheSevenSheetsInOrder() {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        assertEquals(GradebookWriter.SHEETS, names);
    }

    @Test
    void keepsFormulaLikeNamesAsText() {
        Sheet summary = book.getSheet("Summary");
        List<String> names = new ArrayList<>();
        for (int r = 1; r <= 6; r++) {
            Cell name = summary.getRow(r).getCell(1);
            assertEquals(CellType.STRING, name.getCellType());
            names.add(name.getStringCellValue());
        }
        assertTrue(names.contains("=HYPERLINK(\"http://evil\",\"click\")"));
        assertTrue(names.contains("@SUM(A1:A9)"));
        for (Sheet s : book) {
            for (Row row : s) {
                for (Cell c : row) {
                    assertFalse(c.getCellType() == CellType.FORMULA, s.getSheetName() + "!" + c.getAddress());
                }
            }
        }
    }

    @Test
    void writesTheSummaryWithPercentAndDateFormats() {
        Row first = book.getSheet("Summary").getRow(1);
        assertEquals("t-001", first.getCell(0).getStringCellValue());
        assertEquals(6.0, first.getCell(2).getNumericCellValue());
        assertEquals(1.0, first.getCell(4).getNumericCellValue());
        assertEquals("0.0%", first.getCell(4).getCellStyle().getDataFormatString());
        assertEquals("yyyy-mm-dd", first.getCell(6).getCellStyle().getDataFormatString());
        assertEquals("pass", first.getCell(5).getStringCellValue());
        assertEquals("RCTI-t-001", first.getCell(7).getStringCellValue());
        Row third = book.getSheet("Summary").getRow(3);
        assertEquals(1 / 6.0, third.getCell(4).getNumericCellValue(), 1e-9);
        assertEquals("fail", third.getCell(5).getStringCellValue());
    }

    @Test
    void freezesHeadersAndFiltersEveryTable() {
        for (String name : List.of("Summary", "Responses", "Concept mastery", "Item analysis", "Options", "Test statistics")) {
            XSSFSheet s = book.getSheet(name);
            assertNotNull(s.getPaneInformation(), name);
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition(), name);
            assertTrue(s.getCTWorksheet().isSetAutoFilter(), name);
            assertTrue(s.getColumnWidth(1) > 256 * 7, name);
        }
    }

    @Test
    void marksWrongAnswersWithAFilledStyle() {
        Row second = book.getSheet("Responses").getRow(2);
        Cell wrong = second.getCell(3);
        Cell right = second.getCell(2);
        assertEquals(0.0, wrong.getNumericCellValue());
        assertEquals(FillPatternType.SOLID_FOREGROUND, wrong.getCellStyle().getFillPattern());
        assertEquals(FillPatternType.NO_FILL, right.getCellStyle().getFillPattern());
    }

    @Test
    void colourScalesTheMasteryPercentages() {
        XSSFSheet mastery = book.getSheet("Concept mastery");
        assertEquals(1, mastery.getSheetConditionalFormatting().getNumConditionalFormattings());
        assertEquals(0.5, mastery.getRow(2).getCell(3).getNumericCellValue());
    }

    @Test
    void listsEveryOptionWithItsCountsByThirdAndItsFlags() {
        Sheet options = book.getSheet("Options");
        assertEquals("Top third", options.getRow(0).getCell(7).getStringCellValue());
        Row key = options.getRow(1);
        assertEquals("couple-01#q1", key.getCell(0).getStringCellValue());
        assertEquals("key", key.getCell(4).getStringCellValue());
        assertEquals(5.0, key.getCell(5).getNumericCellValue());
        assertEquals("0.0%", key.getCell(6).getCellStyle().getDataFormatString());
        assertEquals(2.0, key.getCell(7).getNumericCellValue());
        assertEquals(1.0, key.getCell(8).getNumericCellValue());
        assertEquals(CellType.STRING, options.getRow(2).getCell(3).getCellType(), "formula-like text stays text");
        Row rare = options.getRow(3);
        assertEquals("rarely-chosen", rare.getCell(9).getStringCellValue());
        assertEquals(FillPatternType.SOLID_FOREGROUND, rare.getCell(0).getCellStyle().getFillPattern());
        assertEquals(FillPatternType.NO_FILL, key.getCell(0).getCellStyle().getFillPattern());
    }

    @Test
    void listsEveryItemStatisticWithFlagsAndReasons() {
        Sheet items = book.getSheet("Item analysis");
        Row head = items.getRow(0);
        assertEquals("facility", head.getCell(3).getStringCellValue());
        assertEquals("point-biserial", head.getCell(5).getStringCellValue());
        Row flagged = items.getRow(2);
        assertEquals("=What does Tom's silence protect?", flagged.getCell(2).getStringCellValue());
        assertEquals(0.95, flagged.getCell(3).getNumericCellValue());
        assertEquals(CellType.BLANK, flagged.getCell(5).getCellType());
        assertEquals("too-easy, weak-discrimination", flagged.getCell(6).getStringCellValue());
        assertTrue(flagged.getCell(7).getStringCellValue().contains("facility 0.95 is above 0.90"));
    }

    @Test
    void drawsTwoChartsFromPreBinnedNumbers() {
        XSSFSheet charts = book.getSheet("Charts");
        assertEquals(2, charts.getDrawingPatriarch().getCharts().size());
        assertEquals("Score distribution", charts.getDrawingPatriarch().getCharts().get(0).getTitleText().getString());
        assertEquals("0–9%", charts.getRow(1).getCell(0).getStringCellValue());
        assertEquals("Attachment styles", charts.getRow(1).getCell(3).getStringCellValue());
        assertEquals(72.0, charts.getRow(1).getCell(4).getNumericCellValue());
    }

    @Test
    void setsDocumentProperties() {
        var core = book.getProperties().getCoreProperties();
        assertEquals("Gradebook: Foundations of Emotionally Focused Therapy", core.getTitle());
        assertEquals("Riverside Counseling Training Institute", core.getCreator());
        assertEquals(Instant.parse("2027-03-15T09:30:00Z"), core.getCreated().toInstant());
    }

    @Test
    void countsScoresIntoTenBands() {
        List<ChartData.Band> bands = ChartData.tenBands(GradebookFixtures.elevenFractions());
        assertEquals(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 2), bands.stream().map(ChartData.Band::trainees).toList());
        assertEquals("90–100%", bands.get(9).label());
    }
}
