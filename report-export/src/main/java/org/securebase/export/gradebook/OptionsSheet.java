package org.securebase.export.gradebook;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The Options sheet of the gradebook: the distractor analysis, one row per option, flagged rows
 * filled as on the Item analysis sheet. Written into the streaming workbook after the trainee
 * sheets, like the other analysis sheets (decision 0055).
 */
final class OptionsSheet {
    private static final List<String> HEADERS = List.of("Question", "Label", "Option", "Text", "Key", "Chosen",
            "Chosen (%)", "Top third", "Bottom third", "Flags", "Reasons");

    private OptionsSheet() {
    }

    static void write(Workbook wb, List<OptionRow> options, GradebookWriter.Styles styles) {
        Sheet sheet = wb.createSheet("Options");
        GradebookWriter.header(sheet, HEADERS, styles);
        int r = 1;
        for (OptionRow o : options) {
            Row row = sheet.createRow(r++);
            boolean flagged = !o.flags().isEmpty();
            GradebookWriter.text(row, 0, o.ref().toString(), styles.text(flagged));
            GradebookWriter.text(row, 1, o.label(), styles.text(flagged));
            GradebookWriter.text(row, 2, o.letter(), styles.text(flagged));
            GradebookWriter.text(row, 3, o.text(), styles.text(flagged));
            GradebookWriter.text(row, 4, o.keyed() ? "key" : "", styles.text(flagged));
            row.createCell(5).setCellValue(o.chosen());
            Cell share = row.createCell(6);
            share.setCellValue(o.share());
            share.setCellStyle(styles.percent());
            row.createCell(7).setCellValue(o.top());
            row.createCell(8).setCellValue(o.bottom());
            GradebookWriter.text(row, 9, o.flags().stream().map(ItemRow.Flag::name).collect(Collectors.joining(", ")),
                    styles.text(flagged));
            GradebookWriter.text(row, 10, o.flags().stream().map(f -> f.name() + ": " + f.reason())
                    .collect(Collectors.joining("; ")), styles.text(flagged));
        }
        GradebookWriter.finishTable(sheet, HEADERS.size(), r - 1);
        int[] widths = {28, 8, 8, 60, 6, 10, 11, 10, 12, 30, 80};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }
}
