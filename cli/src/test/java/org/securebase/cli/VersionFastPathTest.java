package org.securebase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The launcher's fast path for --version prints exactly what picocli prints. */
class VersionFastPathTest {

    @Test
    void fastPathLineIsThePicocliVersionLine() throws Exception {
        Cli.Run r = Cli.run("--version");
        assertEquals(0, r.code(), r.all());
        assertEquals(r.out().strip(), VersionProvider.line());
        assertTrue(VersionProvider.line().matches("securebase \\d+\\.\\d+\\.\\d+.*"), VersionProvider.line());
    }
}
