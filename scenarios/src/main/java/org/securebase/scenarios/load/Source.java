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
 * bytes were taken while its jar was open.
 *
 * @param name the file as diagnostics name it
 * @param path the file on disk, or null for a bundled resource
 * @param bytes the bundled resource's bytes, or null for a file on disk
 */
record Source(String name, Path path, byte[] bytes) {

    /** How much of a file {@link #head()} reads to find its root element. */
    static final int HEAD_BYTES = 2048;

    static Source file(Path path) {
        return new Source(path.toString(), path, null);
    }

    static Source bundled(String name, byte[] bytes) {
        return new Source(name, null, bytes);
    }

    /** Reads, validates and maps the whole file. */
    FileContent read(XmlContent reader) {
        return path != null ? reader.read(path) : reader.read(name, bytes);
    }

    /** The first bytes of the file, enough to find its root element; empty if it cannot be read. */
    byte[] head() {
        if (path == null) {
            return Arrays.copyOf(bytes, Math.min(bytes.length, HEAD_BYTES));
        }
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
