package org.securebase.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleOutputsTest {

    @Test
    void leavesOneSampleOfEveryExportKindForCi() throws Exception {
        Path folder = Path.of("target", "export-samples");
        List<Path> files = SampleOutputs.write(folder);
        for (Path f : files) {
            assertTrue(Files.size(f) > 0, f.toString());
        }
        assertTrue(Files.exists(folder.resolve("certificates/all-certificates.pdf")));
        assertTrue(Files.exists(folder.resolve("gradebook.xlsx")));
    }
}
