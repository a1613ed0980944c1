package org.securebase.export.gradebook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.securebase.export.typeset.ExportException;
import org.securebase.export.typeset.Text;
import org.securebase.model.concept.ConceptId;

/**
 * Writes a gradebook as XLSX. The chart sheet (pre-binned numbers and two bar charts) is built
 * in an ordinary workbook first, because streamed sheets cannot hold charts; the workbook is
 * then wrapped for streaming and the trainee sheets are written in one pass with a window of
 * {@value #WINDOW} rows, so memory stays flat in the number of trainees. Every text goes in as
 * a string cell: text that starts with {@code =}, {@code +}, {@code -} or {@code @} stays text.
 *
 * @since 0.1
 */
public final class GradebookWriter {
    /** Rows kept in memory per streamed sheet. */
    public static final int WINDOW = 100;

    /** Sheet names, in workbook order. */
    public static final List<String> SHEETS = List.of("Summary", "Responses", "Concept mastery", "Item analysis",
            "Options", "Test statistics", "Charts");

    private final Clock clock;

    /** @param clock dates the document properties */
    public GradebookWriter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Writes the workbook to a stream (left open).
     *
     * @throws ExportException when it cannot be written
     */
    public void write(Gradebook book, OutputStream out) {
        XSSFWorkbook template = new XSSFWorkbook();
        properties(template, book);
        charts(template, book.charts());
        SXSSFWorkbook workbook = new SXSSFWorkbook(template, WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            Styles styles = new Styles(workbook);
            Sheets sheets = new Sheets(workbook, book, styles);
            for (TraineeRow row : book.trainees()) {
                sheets.add(row);
            }
            sheets.finish();
            items(workbook, book, styles);
            OptionsSheet.write(workbook, book.options(), styles);
            testStatistics(workbook, book, styles);
            workbook.setSheetOrder("Charts", SHEETS.size() - 1);
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            workbook.write(out);
        } catch (IOException | RuntimeException e) {
            throw new ExportException("cannot write the gradebook '" + book.title() + "': " + e.getMessage(), e);
        } finally {
            // close() also deletes the streamed sheets' temporary files
            try {
                workbook.close();
            } catch (IOException e) {
                throw new ExportException("cannot close the gradebook workbook: " + e.getMessage(), e);
            }
        }
    }

    private void properties(XSSFWorkbook wb, Gradebook book) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        core.setTitle(Text.clean("Gradebook: " + book.title()));
        core.setCreator(Text.clean(book.author()));
        core.setSubjectProperty("Quiz results, concept mastery and item analysis");
        core.setKeywords("gradebook, SecureBase");
        core.setCreated(Optional.of(Date.from(clock.instant())));
        wb.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("SecureBase");
    }

    private static void charts(XSSFWorkbook wb, ChartData data) {
        XSSFSheet sheet = wb.createSheet("Charts");
        Row head = sheet.createRow(0);
        head.createCell(0).setCellValue("Score band");
        head.createCell(1).setCellValue("Trainees");
        head.createCell(3).setCellValue("Concept group");
        head.createCell(4).setCellValue("Mean mastery (%)");
        int rows = Math.max(data.distribution().size(), data.mastery().size());
        for (int i = 0; i < rows; i++) {
            Row r = sheet.createRow(i + 1);
            if (i < data.distribution().size()) {
                r.createCell(0).setCellValue(Text.nfc(data.distribution().get(i).label()));
                r.createCell(1).setCellValue(data.distribution().get(i).trainees());
            }
            if (i < data.mastery().size()) {
                r.createCell(3).setCellValue(data.mastery().get(i).group().title());
                r.createCell(4).setCellValue(Math.round(data.mastery().get(i).mastery() * 1000) / 10.0);
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(3, 36 * 256);
        sheet.setColumnWidth(4, 18 * 256);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        bar(drawing, drawing.createAnchor(0, 0, 0, 0, 6, 1, 16, 20), "Score distribution", "Trainees",
                sheet, data.distribution().size(), 0, 1, false);
        bar(drawing, drawing.createAnchor(0, 0, 0, 0, 6, 22, 16, 44), "Mastery per concept group (%)", "Mean mastery (%)",
                sheet, data.mastery().size(), 3, 4, true);
    }

    private static void bar(XSSFDrawing drawing, XSSFClientAnchor anchor, String title, String series, XSSFSheet sheet,
                            int n, int labelColumn, int valueColumn, boolean horizontal) {
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        if (horizontal) {
            values.setMinimum(0);
            values.setMaximum(100);
        }
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(1, n, labelColumn, labelColumn));
        XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(1, n, valueColumn, valueColumn));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
        data.setVaryColors(false);
        XDDFBarChartData.Series s = (XDDFBarChartData.Series) data.addSeries(labels, numbers);
        s.setTitle(series, null);
        chart.plot(data);
    }

    private static void items(Workbook wb, Gradebook book, Styles styles) {
        Sheet sheet = wb.createSheet("Item analysis");
        Set<String> names = new LinkedHashSet<>();
        for (ItemRow item : book.items()) {
            item.statistics().forEach(s -> names.add(s.name()));
        }
        List<String> headers = new ArrayList<>(List.of("Question", "Label", "Stem"));
        headers.addAll(names);
        headers.add("Flags");
        headers.add("Reasons");
        header(sheet, headers, styles);
        int r = 1;
        for (ItemRow item : book.items()) {
            Row row = sheet.createRow(r++);
            boolean flagged = !item.flags().isEmpty();
            text(row, 0, item.ref().toString(), styles.text(flagged));
            text(row, 1, item.label(), styles.text(flagged));
            text(row, 2, item.stem(), styles.text(flagged));
            Map<String, Double> values = new java.util.HashMap<>();
            item.statistics().forEach(s -> values.put(s.name(), s.value()));
            int c = 3;
            for (String name : names) {
                Double v = values.get(name);
                Cell cell = row.createCell(c++);
                cell.setCellStyle(styles.decimal(flagged));
                if (v != null && !v.isNaN()) {
                    cell.setCellValue(v);
                }
            }
            text(row, c++, item.flags().stream().map(ItemRow.Flag::name).collect(Collectors.joining(", ")),
                    styles.text(flagged));
            text(row, c, item.flags().stream().map(f -> f.name() + ": " + f.reason()).collect(Collectors.joining("; ")),
                    styles.text(flagged));
        }
        finishTable(sheet, headers.size(), r - 1);
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 8 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        for (int c = 3; c < 3 + names.size(); c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
        sheet.setColumnWidth(3 + names.size(), 24 * 256);
        sheet.setColumnWidth(4 + names.size(), 80 * 256);
    }

    private static void testStatistics(Workbook wb, Gradebook book, Styles styles) {
        Sheet sheet = wb.createSheet("Test statistics");
        header(sheet, List.of("Statistic", "Value"), styles);
        int r = 1;
        for (Statistic s : book.testStatistics()) {
            Row row = sheet.createRow(r++);
            text(row, 0, s.name(), styles.text(false));
            Cell cell = row.createCell(1);
            cell.setCellStyle(styles.decimal(false));
            if (s.value() != null && !s.value().isNaN()) {
                cell.setCellValue(s.value());
            }
        }
        finishTable(sheet, 2, r - 1);
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(1, 14 * 256);
    }

    static void header(Sheet sheet, List<String> headers, Styles styles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            text(row, i, headers.get(i), styles.header());
        }
    }

    static void finishTable(Sheet sheet, int columns, int lastRow) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 0), 0, columns - 1));
    }

    /** Always a string cell, never a formula, whatever the text starts with. */
    static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : Text.nfc(value));
        cell.setCellStyle(style);
    }

    /** The three trainee sheets, written row by row in one pass. */
    private static final class Sheets {
        private final Gradebook book;
        private final Styles styles;
        private final Sheet summary;
        private final Sheet responses;
        private final Sheet mastery;
        private int next = 1;

        Sheets(Workbook wb, Gradebook book, Styles styles) {
            this.book = book;
            this.styles = styles;
            summary = wb.createSheet("Summary");
            header(summary, List.of("Trainee id", "Name", "Score", "Max", "Percent", "Pass", "Completed",
                    "Certificate number"), styles);
            responses = wb.createSheet("Responses");
            List<String> rh = new ArrayList<>(List.of("Trainee id", "Name"));
            book.questions().forEach(q -> rh.add(q.label()));
            header(responses, rh, styles);
            mastery = wb.createSheet("Concept mastery");
            List<String> mh = new ArrayList<>(List.of("Trainee id", "Name"));
            book.concepts().forEach(c -> mh.add(c.name()));
            header(mastery, mh, styles);
        }

        void add(TraineeRow t) {
            if (t.responses().size() != book.questions().size()) {
                throw new ExportException("trainee " + t.traineeId() + " has " + t.responses().size()
                        + " responses, the gradebook has " + book.questions().size() + " questions");
            }
            int r = next++;
            Row s = summary.createRow(r);
            text(s, 0, t.traineeId(), styles.text(false));
            text(s, 1, t.name(), styles.text(false));
            number(s, 2, t.score(), styles.decimal(false));
            number(s, 3, t.max(), styles.decimal(false));
            Cell percent = s.createCell(4);
            percent.setCellValue(t.fraction());
            percent.setCellStyle(styles.percent());
            text(s, 5, t.verdict(true), t.passed() || t.awaitingGrading() ? styles.text(false) : styles.wrong());
            Cell date = s.createCell(6);
            date.setCellStyle(styles.date());
            if (t.completed() != null) {
                date.setCellValue(Date.from(t.completed().atStartOfDay(ZoneOffset.UTC).toInstant()));
            }
            text(s, 7, t.certificateNumber(), styles.text(false));

            Row a = responses.createRow(r);
            text(a, 0, t.traineeId(), styles.text(false));
            text(a, 1, t.name(), styles.text(false));
            for (int i = 0; i < t.responses().size(); i++) {
                ResponseMark resp = t.responses().get(i);
                if (resp.awaitingGrading()) {
                    text(a, 2 + i, "pending", styles.text(false));
                    continue;
                }
                number(a, 2 + i, resp.points(), resp.wrong() ? styles.wrong() : resp.right() ? styles.right()
                        : styles.partial());
            }

            Row m = mastery.createRow(r);
            text(m, 0, t.traineeId(), styles.text(false));
            text(m, 1, t.name(), styles.text(false));
            for (int i = 0; i < book.concepts().size(); i++) {
                ConceptId id = book.concepts().get(i).concept();
                Cell cell = m.createCell(2 + i);
                cell.setCellStyle(styles.percent());
                Double v = t.mastery().get(id);
                if (v != null) {
                    cell.setCellValue(v);
                }
            }
        }

        void finish() {
            int last = next - 1;
            finishTable(summary, 8, last);
            int[] widths = {14, 32, 9, 9, 10, 8, 12, 20};
            for (int i = 0; i < widths.length; i++) {
                summary.setColumnWidth(i, widths[i] * 256);
            }
            finishTable(responses, 2 + book.questions().size(), last);
            finishTable(mastery, 2 + book.concepts().size(), last);
            for (Sheet sh : List.of(responses, mastery)) {
                sh.setColumnWidth(0, 14 * 256);
                sh.setColumnWidth(1, 32 * 256);
            }
            for (int i = 0; i < book.questions().size(); i++) {
                responses.setColumnWidth(2 + i, 8 * 256);
            }
            for (int i = 0; i < book.concepts().size(); i++) {
                mastery.setColumnWidth(2 + i, 16 * 256);
            }
            if (!book.concepts().isEmpty() && last >= 1) {
                SheetConditionalFormatting cf = mastery.getSheetConditionalFormatting();
                ConditionalFormattingRule rule = cf.createConditionalFormattingColorScaleRule();
                ColorScaleFormatting scale = rule.getColorScaleFormatting();
                scale.setNumControlPoints(3);
                scale.getThresholds()[0].setRangeType(RangeType.NUMBER);
                scale.getThresholds()[0].setValue(0d);
                scale.getThresholds()[1].setRangeType(RangeType.NUMBER);
                scale.getThresholds()[1].setValue(0.5d);
                scale.getThresholds()[2].setRangeType(RangeType.NUMBER);
                scale.getThresholds()[2].setValue(1d);
                scale.setColors(new org.apache.poi.ss.usermodel.Color[] {
                    new XSSFColor(new byte[] {(byte) 0xF8, (byte) 0x69, (byte) 0x6B}, null),
                    new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) 0x84}, null),
                    new XSSFColor(new byte[] {(byte) 0x63, (byte) 0xBE, (byte) 0x7B}, null)});
                cf.addConditionalFormatting(new CellRangeAddress[] {
                    new CellRangeAddress(1, last, 2, 1 + book.concepts().size())}, rule);
            }
        }

        private static void number(Row row, int column, BigDecimal value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }

    /** The few cell styles the workbook shares (a workbook holds at most 64,000 styles). */
    static final class Styles {
        private final CellStyle header;
        private final CellStyle text;
        private final CellStyle flaggedText;
        private final CellStyle decimal;
        private final CellStyle flaggedDecimal;
        private final CellStyle percent;
        private final CellStyle date;
        private final CellStyle wrong;
        private final CellStyle right;
        private final CellStyle partial;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            bold.setColor(IndexedColors.WHITE.getIndex());
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            text = wb.createCellStyle();
            flaggedText = filled(wb, IndexedColors.LIGHT_YELLOW, null);
            decimal = wb.createCellStyle();
            decimal.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            flaggedDecimal = filled(wb, IndexedColors.LIGHT_YELLOW, null);
            flaggedDecimal.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Font red = wb.createFont();
            red.setColor(IndexedColors.DARK_RED.getIndex());
            red.setBold(true);
            red.setStrikeout(false);
            wrong = filled(wb, IndexedColors.ROSE, red);
            right = wb.createCellStyle();
            partial = filled(wb, IndexedColors.LIGHT_YELLOW, null);
            for (CellStyle s : List.of(wrong, right, partial)) {
                s.setDataFormat(wb.createDataFormat().getFormat("0.##"));
            }
        }

        private static CellStyle filled(Workbook wb, IndexedColors color, Font font) {
            CellStyle s = wb.createCellStyle();
            s.setFillForegroundColor(color.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            if (font != null) {
                s.setFont(font);
            }
            return s;
        }

        CellStyle header() {
            return header;
        }

        CellStyle text(boolean flagged) {
            return flagged ? flaggedText : text;
        }

        CellStyle decimal(boolean flagged) {
            return flagged ? flaggedDecimal : decimal;
        }

        CellStyle percent() {
            return percent;
        }

        CellStyle date() {
            return date;
        }

        CellStyle wrong() {
            return wrong;
        }

        CellStyle right() {
            return right;
        }

        CellStyle partial() {
            return partial;
        }
    }
}
