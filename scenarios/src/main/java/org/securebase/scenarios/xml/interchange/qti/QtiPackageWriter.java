package org.securebase.scenarios.xml.interchange.qti;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.securebase.model.library.LibraryQuestion;
import org.securebase.scenarios.interchange.Export;

/**
 * Writes an export as a QTI 2.1 content package: {@code imsmanifest.xml} first, the test, then
 * an item per question, each entry stamped with one fixed time, so the same export gives the
 * same bytes on any machine and in any time zone.
 *
 * @since 0.2
 */
public final class QtiPackageWriter {
    /** The time every entry carries. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

    private QtiPackageWriter() {
    }

    /** The package. */
    public static QtiPackage write(Export export) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> names = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, names, "imsmanifest.xml", QtiManifestWriter.write(export));
            entry(zip, names, QtiTestWriter.href(export), QtiTestWriter.write(export));
            for (LibraryQuestion q : export.questions()) {
                entry(zip, names, Qti.itemHref(q.ref()), QtiItemWriter.write(q));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot zip the QTI package of " + export.id(), e);
        }
        return new QtiPackage(bytes.toByteArray(), export.questions().size(), names);
    }

    private static void entry(ZipOutputStream zip, List<String> names, String name, byte[] content) throws IOException {
        if (names.contains(name)) {
            throw new IllegalStateException("two entries of the package are named " + name);
        }
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(e);
        zip.write(content);
        zip.closeEntry();
        names.add(name);
    }
}
