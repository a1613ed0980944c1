package org.securebase.scenarios.load;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.securebase.model.DomainException;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.question.Difficulty;
import org.securebase.model.vignette.Format;
import org.securebase.model.vignette.Series;
import org.securebase.scenarios.check.LibraryTally;
import org.securebase.scenarios.diagnostic.Diagnostic;
import org.securebase.scenarios.diagnostic.Position;
import org.securebase.scenarios.diagnostic.Severity;
import org.securebase.scenarios.lint.OverlapIndex;

/**
 * The file a {@link ValidationCache} keeps for one request: for each file checked, its stamp and
 * content hash and what it gave (its own diagnostics and, for a vignette, its lint, its overlap
 * digest and its tally entry). Read whole and checked against a CRC before any of it is used;
 * anything wrong with it and it counts as empty.
 */
final class CacheFile {
    private static final int MAGIC = 0x53425643;
    private static final int FORMAT = 3;
    /** A file changed this close to the run that stored it might change again unnoticed within one tick of its clock. */
    private static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

    private CacheFile() {
    }

    /**
     * What the file system says about a file, to tell cheaply that it has not changed.
     *
     * @param size its size in bytes
     * @param modified its modification time, in nanoseconds
     * @param changed its status change time (which no tool can set back), in nanoseconds; 0 where unknown
     * @param identity the file's identity (device and inode), empty where unknown
     */
    record Stamp(long size, long modified, long changed, String identity) {
        static Stamp of(Path file) {
            try {
                Map<String, Object> unix = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino,dev");
                return new Stamp((Long) unix.get("size"), nanos((FileTime) unix.get("lastModifiedTime")),
                        nanos((FileTime) unix.get("ctime")), unix.get("dev") + ":" + unix.get("ino"));
            } catch (UnsupportedOperationException | IllegalArgumentException | IOException | ClassCastException e) {
                try {
                    BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class);
                    Object key = basic.fileKey();
                    return new Stamp(basic.size(), nanos(basic.lastModifiedTime()), 0, key == null ? "" : key.toString());
                } catch (IOException again) {
                    return null;
                }
            }
        }

        private static long nanos(FileTime t) {
            return t.to(TimeUnit.NANOSECONDS);
        }

        /** Whether this stamp is the one stored and old enough, before the storing run began, to trust. */
        boolean vouchesFor(Stamp stored, long storedRunStartNanos) {
            return stored != null && equals(stored) && modified < storedRunStartNanos - RACY_NANOS
                    && changed < storedRunStartNanos - RACY_NANOS;
        }
    }

    /**
     * What one file gave, kept for the next run.
     *
     * @param name the file as diagnostics name it
     * @param announced the root its head announced (which decides when it is read, so kept to keep the order)
     * @param stamp its stamp when read
     * @param sha256 its content's hash
     * @param diagnostics the problems found reading it
     * @param lint its lint warnings (a vignette's), kept apart as they count only when it joins the library
     * @param digest its overlap digest, or null when it is not a vignette
     * @param entry its tally entry, or null when it is not a vignette
     */
    record Kept(String name, RootElement.Kind announced, Stamp stamp, byte[] sha256, List<Diagnostic> diagnostics, List<Diagnostic> lint,
                OverlapIndex.Digest digest, LibraryTally.Entry entry) {
        boolean isVignette() {
            return entry != null;
        }

        boolean sameContent(byte[] hash) {
            return Arrays.equals(sha256, hash);
        }
    }

    /**
     * A kept file as the cache file holds it: its name, announced root and stamp, decoded at
     * once so unchanged files are recognised cheaply; the rest only when it is used.
     *
     * @param name the file as diagnostics name it
     * @param announced the root its head announced
     * @param stamp its stamp when read
     * @param payload the rest, undecoded
     */
    record Stored(String name, RootElement.Kind announced, Stamp stamp, ByteBuffer payload) {
        /** The whole entry; concept ids are shared through {@code concepts}, which may be used from several threads. */
        Kept kept(Map<String, ConceptId> concepts) {
            return CacheFile.kept(this, payload.duplicate(), concepts);
        }
    }

    /**
     * The outcome of a whole check, kept for a run that finds every file unchanged.
     *
     * @param libraryChecks whether it was made with library checks
     * @param diagnostics every diagnostic, sorted
     * @param summary the counts
     */
    record Outcome(boolean libraryChecks, List<Diagnostic> diagnostics, Summary summary) {
    }

    /**
     * What an earlier run kept.
     *
     * @param runStartNanos when that run began, on the file system's clock
     * @param files its entries by file name
     * @param outcome its whole outcome, or null when not every file it read could be kept
     */
    record Contents(long runStartNanos, Map<String, Stored> files, Outcome outcome) {
        static final Contents EMPTY = new Contents(0, Map.of(), null);
    }

    /** Reads a cache file; empty when it is missing, damaged or from another checker. */
    static Contents read(Path file, String checker) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                return Contents.EMPTY;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return Contents.EMPTY;
        }
        if (bytes.length < 12) {
            return Contents.EMPTY;
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        long stored = 0;
        for (int i = bytes.length - 8; i < bytes.length; i++) {
            stored = (stored << 8) | (bytes[i] & 0xff);
        }
        if (stored != crc.getValue()) {
            return Contents.EMPTY;
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - 8);
            if (in.getInt() != MAGIC || in.getInt() != FORMAT || !checker.equals(string(in))) {
                return Contents.EMPTY;
            }
            long runStart = in.getLong();
            int count = count(in, 4);
            Map<String, Stored> files = new HashMap<>(Math.max(16, count * 2));
            for (int i = 0; i < count; i++) {
                String name = string(in);
                RootElement.Kind announced = RootElement.Kind.values()[in.get()];
                Stamp stamp = new Stamp(in.getLong(), in.getLong(), in.getLong(), string(in));
                int length = count(in, 1);
                ByteBuffer payload = in.slice(in.position(), length);
                in.position(in.position() + length);
                files.putIfAbsent(name, new Stored(name, announced, stamp, payload));
            }
            Outcome outcome = null;
            if (in.get() != 0) {
                boolean libraryChecks = in.get() != 0;
                int n = count(in, 4);
                List<Diagnostic> diagnostics = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    diagnostics.addAll(diagnostics(in, string(in)));
                }
                outcome = new Outcome(libraryChecks, diagnostics, new Summary(in.getInt(), in.getInt(), in.getInt(),
                        in.getInt(), in.getInt(), in.getInt(), in.getInt()));
            }
            return new Contents(runStart, files, outcome);
        } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException | DomainException e) {
            return Contents.EMPTY;
        }
    }

    /** Writes a cache file under a temporary name and moves it into place; a failure only loses the cache. */
    static void write(Path file, String checker, long runStartNanos, List<Kept> files, Outcome outcome) {
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
            try (DataOutputStream out = new DataOutputStream(buffer)) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                string(out, checker);
                out.writeLong(runStartNanos);
                out.writeInt(files.size());
                ByteArrayOutputStream payload = new ByteArrayOutputStream(4096);
                for (Kept k : files) {
                    kept(out, k, payload);
                }
                out.writeBoolean(outcome != null);
                if (outcome != null) {
                    out.writeBoolean(outcome.libraryChecks());
                    out.writeInt(outcome.diagnostics().size());
                    for (Diagnostic d : outcome.diagnostics()) {
                        string(out, d.file());
                        diagnostics(out, List.of(d));
                    }
                    Summary m = outcome.summary();
                    for (int v : new int[] {m.files(), m.vignettes(), m.questions(), m.blueprints(), m.courses(), m.errors(),
                        m.warnings()}) {
                        out.writeInt(v);
                    }
                }
                out.flush();
                CRC32 crc = new CRC32();
                crc.update(buffer.toByteArray());
                out.writeLong(crc.getValue());
            }
            tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.write(tmp, buffer.toByteArray());
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | RuntimeException e) {
            // The cache only saves time: a run that cannot keep it has still checked everything.
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do about a temporary file that cannot be removed
                }
            }
        }
    }

    private static void kept(DataOutputStream out, Kept k, ByteArrayOutputStream payload) throws IOException {
        string(out, k.name());
        out.writeByte(k.announced().ordinal());
        out.writeLong(k.stamp().size());
        out.writeLong(k.stamp().modified());
        out.writeLong(k.stamp().changed());
        string(out, k.stamp().identity());
        payload.reset();
        DataOutputStream rest = new DataOutputStream(payload);
        rest.write(k.sha256());
        diagnostics(rest, k.diagnostics());
        diagnostics(rest, k.lint());
        rest.writeBoolean(k.isVignette());
        if (k.isVignette()) {
            OverlapIndex.Digest d = k.digest();
            string(rest, d.vignetteId());
            position(rest, d.root());
            rest.writeBoolean(d.silenced());
            rest.writeInt(d.sentences().length);
            for (long h : d.sentences()) {
                rest.writeLong(h);
            }
            LibraryTally.Entry e = k.entry();
            rest.writeByte(e.format().ordinal());
            rest.writeInt(e.items().size());
            for (LibraryTally.Item item : e.items()) {
                string(rest, item.id());
                rest.writeByte(item.difficulty().ordinal());
                rest.writeInt(item.concepts().size());
                for (ConceptId c : item.concepts()) {
                    string(rest, c.value());
                }
            }
            rest.writeBoolean(e.series() != null);
            if (e.series() != null) {
                string(rest, e.series().id());
                rest.writeInt(e.series().session());
                position(rest, e.seriesAt());
            }
        }
        rest.flush();
        out.writeInt(payload.size());
        payload.writeTo(out);
    }

    private static Kept kept(Stored stored, ByteBuffer in, Map<String, ConceptId> concepts) {
        String name = stored.name();
        RootElement.Kind announced = stored.announced();
        Stamp stamp = stored.stamp();
        byte[] sha = new byte[32];
        in.get(sha);
        List<Diagnostic> diagnostics = diagnostics(in, name);
        List<Diagnostic> lint = diagnostics(in, name);
        if (in.get() == 0) {
            return new Kept(name, announced, stamp, sha, diagnostics, lint, null, null);
        }
        String id = string(in);
        Position root = position(in);
        boolean silenced = in.get() != 0;
        long[] sentences = new long[count(in, 8)];
        for (int i = 0; i < sentences.length; i++) {
            sentences[i] = in.getLong();
        }
        Format format = Format.values()[in.get()];
        int items = count(in, 5);
        List<LibraryTally.Item> list = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            String qid = string(in);
            Difficulty difficulty = Difficulty.values()[in.get()];
            int n = count(in, 4);
            List<ConceptId> ids = new ArrayList<>(n);
            for (int c = 0; c < n; c++) {
                ids.add(concepts.computeIfAbsent(string(in), ConceptId::new));
            }
            list.add(new LibraryTally.Item(qid, ids, difficulty));
        }
        Series series = null;
        Position seriesAt = null;
        if (in.get() != 0) {
            series = new Series(string(in), in.getInt());
            seriesAt = position(in);
        }
        return new Kept(name, announced, stamp, sha, diagnostics, lint, new OverlapIndex.Digest(id, name, root, sentences, silenced),
                new LibraryTally.Entry(id, name, root, format, list, series, seriesAt));
    }

    /** A count read from the file, refused when the rest of the file cannot hold that many items of this size. */
    private static int count(ByteBuffer in, int smallestItem) {
        int n = in.getInt();
        if (n < 0 || (long) n * smallestItem > in.remaining()) {
            throw new IllegalArgumentException("a count runs past the end of the cache file");
        }
        return n;
    }

    private static void diagnostics(DataOutputStream out, List<Diagnostic> list) throws IOException {
        out.writeInt(list.size());
        for (Diagnostic d : list) {
            position(out, new Position(d.line(), d.column()));
            out.writeByte(d.severity().ordinal());
            out.writeBoolean(d.rule() != null);
            if (d.rule() != null) {
                string(out, d.rule());
            }
            string(out, d.message());
        }
    }

    private static List<Diagnostic> diagnostics(ByteBuffer in, String file) {
        int n = count(in, 14);
        List<Diagnostic> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Position at = position(in);
            Severity severity = Severity.values()[in.get()];
            String rule = in.get() != 0 ? string(in) : null;
            out.add(new Diagnostic(file, at.line(), at.column(), severity, rule, string(in)));
        }
        return out;
    }

    private static void position(DataOutputStream out, Position p) throws IOException {
        out.writeInt(p.line());
        out.writeInt(p.column());
    }

    private static Position position(ByteBuffer in) {
        return new Position(in.getInt(), in.getInt());
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(ByteBuffer in) {
        int n = count(in, 1);
        String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }
}
