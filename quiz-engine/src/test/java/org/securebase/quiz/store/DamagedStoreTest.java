package org.securebase.quiz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securebase.quiz.store.StoreFixtures.QUIZ;
import static org.securebase.quiz.store.StoreFixtures.anyCompletedAttempt;
import static org.securebase.quiz.store.StoreFixtures.anyStore;
import static org.securebase.quiz.store.StoreFixtures.anyTrainee;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged store is called damaged: files cut short, a page zeroed or bytes flipped by the
 * test itself are refused or reported, never re-created or read as if whole.
 */
class DamagedStoreTest {
    private static final String DAMAGED = "is damaged";
    private static final String WAYS_ON = "Restore it from a backup, or remove it to start a new store";

    @TempDir
    Path dir;
    Path file;

    /** A store of 240 attempts of 20 responses, closed so every page is in the main file. */
    @BeforeEach
    void storeWithAttempts() {
        try (ResultStore store = anyStore(dir)) {
            List<org.securebase.quiz.store.RegisteredTrainee> trainees = new ArrayList<>();
            List<CompletedAttempt> attempts = new ArrayList<>();
            for (int i = 0; i < 240; i++) {
                trainees.add(anyTrainee("p" + i));
                attempts.add(anyCompletedAttempt(QUIZ, "p" + i, 20));
            }
            store.recordAttempts(trainees, attempts);
        }
        file = dir.resolve("results.db");
    }

    @Test
    void refusesAnEmptyStoreFileInsteadOfCreatingANewStore() throws IOException {
        Files.write(file, new byte[0]);
        // Emptied a while ago: a just-created empty file is given a few seconds to grow, as another process may be creating it.
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        StoreException e = assertThrows(StoreException.class, () -> ResultStore.open(file));
        assertEquals(StoreException.Kind.INCOMPATIBLE, e.kind());
        assertTrue(e.getMessage().contains(DAMAGED) && e.getMessage().contains("empty (0 bytes)")
                && e.getMessage().contains(WAYS_ON), e.getMessage());
        assertEquals(0, Files.size(file), "the empty file is left as it was, for the user to restore");
    }

    @Test
    void refusesAStoreCutInsideItsFirstPage() throws IOException {
        truncate(300);
        StoreException e = assertThrows(StoreException.class, () -> ResultStore.open(file));
        assertTrue(e.getMessage().contains(DAMAGED) && e.getMessage().contains(WAYS_ON), e.getMessage());
        assertEquals(300, Files.size(file));
    }

    @Test
    void refusesAStoreCutShortOfThePagesItsHeaderRecords() throws IOException {
        long size = Files.size(file);
        truncate(size / 2 / 4096 * 4096);
        StoreException e = assertThrows(StoreException.class, () -> ResultStore.open(file));
        assertTrue(e.getMessage().contains(DAMAGED) && e.getMessage().contains("cut short")
                && e.getMessage().contains(WAYS_ON), e.getMessage());
    }

    @Test
    void readingAZeroedPageReportsDamage() throws IOException {
        int pageSize = pageSize();
        long pages = Files.size(file) / pageSize;
        overwrite(pageSize * (pages / 2), new byte[pageSize]);
        StoreException e = assertThrows(StoreException.class, () -> {
            try (ResultStore store = ResultStore.open(file)) {
                store.attemptsOf(QUIZ);
            }
        });
        assertTrue(e.getMessage().contains(DAMAGED) && e.getMessage().contains(WAYS_ON), e.getMessage());
    }

    @Test
    void flippedBytesAreReportedAsDamageByTheIntegrityCheck() throws IOException {
        int pageSize = pageSize();
        long pages = Files.size(file) / pageSize;
        byte[] flipped = new byte[10];
        // the start of a page in the middle: its b-tree header and cell pointers, damage no reader can miss
        long at = pageSize * (pages / 2);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(at);
            raf.readFully(flipped);
            for (int i = 0; i < flipped.length; i++) {
                flipped[i] = (byte) ~flipped[i];
            }
        }
        overwrite(at, flipped);
        try (ResultStore store = ResultStore.open(file)) {
            StoreHealth health = store.health();
            assertTrue(!health.isSound(), String.join("\n", health.problems()));
        } catch (StoreException e) {
            assertTrue(e.getMessage().contains(DAMAGED) && e.getMessage().contains(WAYS_ON), e.getMessage());
        }
    }

    @Test
    void aWholeStoreIsSoundAndItsCountsAgree() {
        try (ResultStore store = ResultStore.open(file)) {
            StoreHealth health = store.health();
            assertTrue(health.isSound(), String.join("\n", health.problems()));
            assertEquals(240, health.attempts());
        }
    }

    private void truncate(long size) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
    }

    private void overwrite(long at, byte[] bytes) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(at);
            raf.write(bytes);
        }
    }

    private int pageSize() throws IOException {
        byte[] header = new byte[100];
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.readFully(header);
        }
        int size = ((header[16] & 0xff) << 8) | (header[17] & 0xff);
        return size == 1 ? 65_536 : size;
    }
}
