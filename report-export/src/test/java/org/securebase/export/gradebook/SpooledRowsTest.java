package org.securebase.export.gradebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpooledRowsTest {

    private static List<TraineeRow> read(Iterable<TraineeRow> rows) {
        List<TraineeRow> out = new ArrayList<>();
        rows.forEach(out::add);
        return out;
    }

    @Test
    void readsBackEqualRowsInOrderAsOftenAsAsked() {
        List<TraineeRow> rows = new ArrayList<>(GradebookFixtures.anyRows());
        rows.add(new TraineeRow("t-big", "Big", new BigDecimal("12345678901234567890123.4500"),
                new BigDecimal("1E+30"), true, null, null,
                List.of(new ResponseMark(new BigDecimal("0.50"), BigDecimal.valueOf(1))), Map.of()));
        try (SpooledRows spool = SpooledRows.create()) {
            rows.forEach(spool::add);
            assertEquals(rows.size(), spool.size());
            List<TraineeRow> first = read(spool);
            assertEquals(rows, first);
            assertEquals(rows, read(spool));
            assertEquals(2, first.get(first.size() - 1).responses().get(0).points().scale(), "decimals keep their scale");
        }
    }

    @Test
    void deletesItsFileWhenClosedAndRefusesRowsOnceRead() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before;
        try (var files = Files.list(tmp)) {
            before = files.filter(p -> p.getFileName().toString().startsWith("securebase-gradebook-")).count();
        }
        SpooledRows spool = SpooledRows.create();
        GradebookFixtures.generatedRows(500).forEach(spool::add);
        assertEquals(500, read(spool).size());
        assertThrows(IllegalStateException.class, () -> spool.add(GradebookFixtures.anyRows().get(0)));
        spool.close();
        try (var files = Files.list(tmp)) {
            assertEquals(before, files.filter(p -> p.getFileName().toString().startsWith("securebase-gradebook-")).count());
        }
        assertThrows(IllegalStateException.class, spool::iterator);
    }
}
