package org.securebase.quiz.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.Arrays;
import org.securebase.model.DomainException;

/**
 * What an existing store file says about itself before SQLite opens it. SQLite takes a file
 * shorter than one page (an empty file among them) for a new database and writes a fresh one
 * over it, so a store cut to 0 bytes came back empty and healthy; this refuses such a file, and
 * one shorter than the page count its own header records, as damaged.
 *
 * <p>The header is read as the SQLite file format documents it: the magic string at offset 0,
 * the page size at 16 (big-endian, 1 meaning 65,536), the change counter at 24, the page count
 * at 28, and at 92 the change counter for which that page count is valid.
 */
final class StoreFile {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 100;
    private static final int SMALLEST_PAGE = 512;
    /**
     * How long after it was last written an empty file may still be growing: another process may
     * have just created the store and be loading SQLite before it writes the first page.
     */
    private static final long CREATION_GRACE_MILLIS = 10_000;

    private StoreFile() {
    }

    /**
     * Refuses an existing file that is empty or cut short; a missing file, or one that is not
     * SQLite at all, is left to the open that follows (it creates, or says "not a database").
     *
     * @throws StoreException of kind {@link StoreException.Kind#INCOMPATIBLE}, saying the store is damaged
     */
    static void requireWhole(Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        long size = sizeOnceCreated(file);
        if (size == 0) {
            throw damaged(file, "the file is empty (0 bytes)");
        }
        byte[] header = header(file);
        if (!startsWithMagic(header)) {
            if (size < SMALLEST_PAGE && header.length < MAGIC.length
                    && Arrays.equals(header, Arrays.copyOf(MAGIC, header.length))) {
                throw damaged(file, "the file ends inside its header, after " + size + " bytes");
            }
            return;
        }
        if (header.length < HEADER) {
            throw damaged(file, "the file ends inside its header, after " + size + " bytes");
        }
        int pageSize = ((header[16] & 0xff) << 8) | (header[17] & 0xff);
        pageSize = pageSize == 1 ? 65_536 : pageSize;
        if (size < pageSize) {
            throw damaged(file, "the file is " + size + " bytes, shorter than its first page of " + pageSize);
        }
        long pages = unsigned(header, 28);
        boolean countValid = unsigned(header, 24) == unsigned(header, 92);
        if (countValid && pages > 0 && size < pages * pageSize) {
            throw damaged(file, "its header records " + pages + " pages of " + pageSize + " bytes ("
                    + pages * pageSize + " bytes) but the file holds " + size + ": it was cut short");
        }
    }

    /** The message every damaged store gets: what is wrong and the two ways on. */
    static StoreException damaged(Path file, String why) {
        return damaged(file, why, null);
    }

    /** As {@link #damaged(Path, String)}, keeping the failure that showed the damage. */
    static StoreException damaged(Path file, String why, Throwable cause) {
        return damaged(file.toString(), why, cause);
    }

    /** As {@link #damaged(Path, String)}, for a store named by where it is (a file or a server database). */
    static StoreException damaged(String where, String why, Throwable cause) {
        return new StoreException(StoreException.Kind.INCOMPATIBLE, "the result store " + where + " is damaged: " + why
                + ". Restore it from a backup, or remove it to start a new store", cause);
    }

    /**
     * What a failure while reading means: a read fails on what it finds only when a stored value is
     * not one this program wrote (a reference, a time or a number garbled on disk). That is damage,
     * said so, never passed on as a wrong value a user could correct; the store's own refusals and
     * anything else are passed on as they are.
     */
    static RuntimeException unreadable(String where, String what, RuntimeException e) {
        if (e instanceof StoreException || !(e instanceof DomainException || e instanceof IllegalArgumentException
                || e instanceof DateTimeException)) {
            return e;
        }
        String why = String.valueOf(e.getMessage());
        return damaged(where, "a stored value cannot be read while trying to " + what + " ("
                + (why.length() > 120 ? why.substring(0, 120) + "…" : why) + ")", e);
    }

    /** The file's size, waiting briefly while it is empty and new: another process may be creating it. */
    private static long sizeOnceCreated(Path file) {
        try {
            long size = Files.size(file);
            long deadline = Files.getLastModifiedTime(file).toMillis() + CREATION_GRACE_MILLIS;
            while (size == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
                size = Files.size(file);
            }
            return size;
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.UNAVAILABLE, "cannot read the result store " + file + ": "
                    + e.getMessage() + "; check that you may read it", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StoreException.Kind.UNAVAILABLE, "interrupted while opening " + file, e);
        }
    }

    private static byte[] header(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEADER);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.UNAVAILABLE, "cannot read the result store " + file + ": "
                    + e.getMessage() + "; check that you may read it", e);
        }
    }

    private static boolean startsWithMagic(byte[] header) {
        return header.length >= MAGIC.length && Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC);
    }

    private static long unsigned(byte[] b, int at) {
        return ((long) (b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }
}
