package org.securebase.scenarios.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.securebase.scenarios.xml.FileContent;
import org.securebase.scenarios.xml.XmlContent;

/**
 * One content file to read: a file on disk, read when its turn comes, or a bundled resource whose
 * bytes were taken while its jar was open. A file on disk is kept as its name only (the loader
 * holds one per file of a library, so each is small).
 *
 * @param name the file as diagnostics name it; for a file on disk, its path
 * @param bytes the bundled resource's bytes, or null for a file on disk
 */
record Source(String name, byte[] bytes) {

    /** How much of a file {@link #head()} reads to find its root element. */
    static final int HEAD_BYTES = 2048;

    static Source file(Path path) {
        return new Source(path.toString(), null);
    }

    static Source bundled(String name, byte[] bytes) {
        return new Source(name, bytes);
    }

    /** Reads, validates and maps the whole file; its diagnostics carry this source's own name. */
    FileContent read(XmlContent reader) {
        if (bytes != null) {
            return reader.read(name, bytes);
        }
        try (InputStream in = Files.newInputStream(Path.of(name))) {
            return reader.read(name, in);
        } catch (IOException e) {
            return reader.read(Path.of(name));
        }
    }

    /** The first bytes of the file, enough to find its root element; empty if it cannot be read. */
    byte[] head() {
        if (bytes != null) {
            return Arrays.copyOf(bytes, Math.min(bytes.length, HEAD_BYTES));
        }
        try (InputStream in = Files.newInputStream(Path.of(name))) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
