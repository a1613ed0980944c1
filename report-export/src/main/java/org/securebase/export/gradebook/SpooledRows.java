package org.securebase.export.gradebook;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.securebase.model.Checks;
import org.securebase.model.concept.ConceptId;

/**
 * Trainee rows spooled to a compressed temporary file (owner-only, deleted on {@link #close()}),
 * so a gradebook of any cohort can read its rows as often as it needs (the workbook, then the
 * CSV) while holding one at a time, and its rows need be made only once. Every value reads back
 * equal, decimals with their scale. Rows are all added before the first is read.
 *
 * @since 0.2
 */
public final class SpooledRows implements Iterable<TraineeRow>, AutoCloseable {
    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private DataOutputStream out;
    private int size;
    private boolean closed;

    private SpooledRows(Path file) throws IOException {
        this.file = file;
        this.out = new DataOutputStream(new BufferedOutputStream(
                new DeflaterOutputStream(Files.newOutputStream(file), deflater, BUFFER), BUFFER));
    }

    /**
     * @return an empty spool in a new temporary file
     * @throws UncheckedIOException when the file cannot be made
     */
    public static SpooledRows create() {
        Path file = null;
        try {
            file = Files.createTempFile("securebase-gradebook-", ".rows");
            return new SpooledRows(file);
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException("cannot make a temporary file for the gradebook rows: " + e.getMessage(), e);
        }
    }

    /**
     * Adds a row after the others.
     *
     * @param row the row
     * @throws IllegalStateException once rows were read or the spool is closed
     */
    public void add(TraineeRow row) {
        Checks.present(row, "trainee row");
        if (out == null) {
            throw new IllegalStateException("rows cannot be added to a spool once read or closed");
        }
        try {
            text(row.traineeId());
            text(row.name());
            decimal(row.score());
            decimal(row.max());
            out.writeBoolean(row.passed());
            out.writeBoolean(row.completed() != null);
            if (row.completed() != null) {
                out.writeLong(row.completed().toEpochDay());
            }
            out.writeBoolean(row.certificateNumber() != null);
            if (row.certificateNumber() != null) {
                text(row.certificateNumber());
            }
            out.writeInt(row.responses().size());
            for (ResponseMark r : row.responses()) {
                decimal(r.points());
                decimal(r.max());
                out.writeBoolean(r.awaitingGrading());
            }
            out.writeInt(row.mastery().size());
            for (Map.Entry<ConceptId, Double> e : row.mastery().entrySet()) {
                text(e.getKey().value());
                out.writeDouble(e.getValue());
            }
            out.writeBoolean(row.missedMustPass() != null);
            if (row.missedMustPass() != null) {
                text(row.missedMustPass());
            }
            out.writeBoolean(row.awaitingGrading());
            size++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool the gradebook rows to " + file + ": " + e.getMessage(), e);
        }
    }

    /** @return how many rows were added */
    public int size() {
        return size;
    }

    /**
     * Reads the rows back in the order added, one at a time; each call reads them afresh.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    @Override
    public Iterator<TraineeRow> iterator() {
        if (closed) {
            throw new IllegalStateException("the spooled rows are closed");
        }
        finishWriting();
        DataInputStream in;
        Inflater inflater = new Inflater();
        try {
            in = new DataInputStream(new BufferedInputStream(
                    new InflaterInputStream(Files.newInputStream(file), inflater, BUFFER), BUFFER));
        } catch (IOException e) {
            inflater.end();
            throw new UncheckedIOException("cannot read the spooled gradebook rows in " + file + ": " + e.getMessage(), e);
        }
        return new Iterator<>() {
            private int read;

            @Override
            public boolean hasNext() {
                if (read < size) {
                    return true;
                }
                closeInput();
                return false;
            }

            @Override
            public TraineeRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more spooled rows");
                }
                try {
                    TraineeRow row = row(in);
                    read++;
                    return row;
                } catch (IOException e) {
                    closeInput();
                    throw new UncheckedIOException("cannot read the spooled gradebook rows in " + file + ": "
                            + e.getMessage(), e);
                }
            }

            private void closeInput() {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // read-only; nothing is lost
                } finally {
                    inflater.end();
                }
            }
        };
    }

    /** Deletes the file; closing again does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            finishWriting();
        } finally {
            deleteQuietly(file);
        }
    }

    private void finishWriting() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot spool the gradebook rows to " + file + ": " + e.getMessage(), e);
            } finally {
                out = null;
                deflater.end();
            }
        }
    }

    private void text(String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private void decimal(BigDecimal d) throws IOException {
        out.writeInt(d.scale());
        BigInteger unscaled = d.unscaledValue();
        if (unscaled.bitLength() < Long.SIZE) {
            out.writeBoolean(true);
            out.writeLong(unscaled.longValue());
        } else {
            out.writeBoolean(false);
            byte[] bytes = unscaled.toByteArray();
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    private static TraineeRow row(DataInputStream in) throws IOException {
        String id = text(in);
        String name = text(in);
        BigDecimal score = decimal(in);
        BigDecimal max = decimal(in);
        boolean passed = in.readBoolean();
        LocalDate completed = in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
        String certificate = in.readBoolean() ? text(in) : null;
        int n = in.readInt();
        List<ResponseMark> responses = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            responses.add(new ResponseMark(decimal(in), decimal(in), in.readBoolean()));
        }
        int m = in.readInt();
        Map<ConceptId, Double> mastery = new LinkedHashMap<>();
        for (int i = 0; i < m; i++) {
            mastery.put(new ConceptId(text(in)), in.readDouble());
        }
        String missed = in.readBoolean() ? text(in) : null;
        return new TraineeRow(id, name, score, max, passed, completed, certificate, responses, mastery, missed,
                in.readBoolean());
    }

    private static String text(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static BigDecimal decimal(DataInputStream in) throws IOException {
        int scale = in.readInt();
        if (in.readBoolean()) {
            return BigDecimal.valueOf(in.readLong(), scale);
        }
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new BigDecimal(new BigInteger(bytes), scale);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is the OS's to clean
            }
        }
    }
}
