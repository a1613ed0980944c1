package org.securebase.scenarios.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validation cache never hides an error: after a file, the schemas or the program version
 * change, and with a damaged or concurrently written cache, a check through the cache gives
 * exactly what a check without it gives; and an unchanged library is not validated again.
 */
class ValidationCacheTest {
    static final Path RESOURCES = Path.of("src/test/resources");
    static final Path LIBRARY = Path.of("src/main/resources/org/securebase/library");
    /** Long enough ago that the stamps of the copied files are trusted (not racy). */
    static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minusSeconds(3600));

    @TempDir
    Path temp;
    Path library;
    Path cacheFolder;

    @BeforeEach
    void copyTheBundledLibraryAndTheExamples() throws IOException {
        library = temp.resolve("library");
        cacheFolder = temp.resolve("cache");
        try (Stream<Path> walk = Files.walk(LIBRARY)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path to = library.resolve(LIBRARY.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        Files.createDirectories(library.resolve("more"));
        Files.copy(RESOURCES.resolve("lint/lint-warnings.xml"), library.resolve("more/lint-warnings.xml"));
        Files.copy(RESOURCES.resolve("defects/unknown-concept.xml"), library.resolve("more/unknown-concept.xml"));
        ageEveryFile();
    }

    private void ageEveryFile() throws IOException {
        try (Stream<Path> walk = Files.walk(library)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, AN_HOUR_AGO);
            }
        }
    }

    private ContentLoader.Request request() {
        return ContentLoader.Request.of(List.of(library)).withLibraryChecks(true);
    }

    private Checked uncached() {
        return ContentLoader.standard().check(request(), Progress.NONE);
    }

    private Checked cached(ValidationCache cache) {
        return ContentLoader.standard().withCache(cache).check(request(), Progress.NONE);
    }

    private ValidationCache cache(String version, String schemas) {
        return new ValidationCache(cacheFolder, version, schemas);
    }

    /** Stamps that are old enough to be trusted need the run that stored them to be later still. */
    private Checked warm(ValidationCache cache) {
        Checked first = cached(cache);
        assertEquals(uncached(), first);
        return first;
    }

    @Test
    void anUnchangedLibraryIsNotValidatedAgainAndGivesTheSameResult() {
        ValidationCache cache = cache("1.0", "s");
        warm(cache);
        int files = cache.lastRun().validated();
        assertTrue(files > 40, cache.lastRun()::toString);
        Checked again = cached(cache);
        assertEquals(uncached(), again);
        assertEquals(new ValidationCache.Reuse(files - 5, 5), cache.lastRun(), "only blueprints and courses are read again");
    }

    @Test
    void aFolderOfUnchangedVignettesGivesTheKeptOutcomeAndOneChangedFileIsTheOnlyOneValidated() throws IOException {
        ContentLoader.Request vignettes = ContentLoader.Request.of(List.of(library.resolve("couple"), library.resolve("more")));
        ValidationCache cache = cache("1.0", "s");
        Checked expected = ContentLoader.standard().check(vignettes, Progress.NONE);
        assertEquals(expected, ContentLoader.standard().withCache(cache).check(vignettes, Progress.NONE));
        int files = cache.lastRun().validated();
        assertEquals(expected, ContentLoader.standard().withCache(cache).check(vignettes, Progress.NONE));
        assertEquals(new ValidationCache.Reuse(files, 0), cache.lastRun());
        Path file = library.resolve("more/lint-warnings.xml");
        Files.writeString(file, Files.readString(file).replace("correct=\"true\"", "correct=\"tru1\""));
        Checked changed = ContentLoader.standard().withCache(cache).check(vignettes, Progress.NONE);
        assertEquals(ContentLoader.standard().check(vignettes, Progress.NONE), changed);
        assertEquals(new ValidationCache.Reuse(files - 1, 1), cache.lastRun());
    }

    @Test
    void aChangedFileIsValidatedAgainEvenWithTheSameSizeAndModificationTime() throws IOException {
        ValidationCache cache = cache("1.0", "s");
        warm(cache);
        Path file = library.resolve("more/lint-warnings.xml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String broken = text.replaceFirst("correct=\"true\"", "correct=\"tru1\"");
        assertEquals(text.length(), broken.length());
        Files.writeString(file, broken, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, AN_HOUR_AGO);
        Checked again = cached(cache);
        assertEquals(uncached(), again);
        assertTrue(again.diagnostics().stream().anyMatch(d -> d.file().equals(file.toString()) && d.isError()),
                again.diagnostics()::toString);
        assertEquals(1 + 5, cache.lastRun().validated(), "the changed file and the blueprints and courses");
    }

    @Test
    void aChangeThatBreaksTheCrossFileChecksIsFoundFromTheOthersKeptDigests() throws IOException {
        ValidationCache cache = cache("1.0", "s");
        warm(cache);
        Path copy = library.resolve("more/copy-of-lint-warnings.xml");
        Files.copy(library.resolve("more/lint-warnings.xml"), copy);
        Checked again = cached(cache);
        assertEquals(uncached(), again);
        assertTrue(again.diagnostics().stream().anyMatch(d -> d.message().contains("is already used by")),
                again.diagnostics()::toString);
        Files.delete(copy);
        assertEquals(uncached(), cached(cache));
    }

    @Test
    void anotherSchemaReusesNothing() {
        assertReusesNothing(cache("1.0", "schemas A"), cache("1.0", "schemas B"));
    }

    @Test
    void anotherProgramVersionReusesNothing() {
        assertReusesNothing(cache("1.0", "s"), cache("1.1", "s"));
    }

    private void assertReusesNothing(ValidationCache before, ValidationCache after) {
        warm(before);
        assertEquals(uncached(), cached(after));
        assertEquals(0, after.lastRun().reused());
    }

    @Test
    void theCheckerIsKeyedByTheBundledSchemasAndTheVersion() {
        ValidationCache a = ValidationCache.in(cacheFolder, "securebase 1.0");
        ValidationCache b = ValidationCache.in(cacheFolder, "securebase 1.1");
        assertTrue(a.checker().contains(ValidationCache.schemasHash()));
        assertTrue(!a.checker().equals(b.checker()));
        assertEquals(64, ValidationCache.schemasHash().length());
    }

    @Test
    void aDamagedCacheFileIsIgnoredAndReplaced() throws IOException {
        ValidationCache cache = cache("1.0", "s");
        warm(cache);
        int files = cache.lastRun().validated();
        Path file = cache.fileFor(request());
        byte[] bytes = Files.readAllBytes(file);
        for (byte[] damaged : List.of(new byte[0], "not a cache".getBytes(StandardCharsets.UTF_8),
                java.util.Arrays.copyOf(bytes, bytes.length / 2), flipped(bytes, bytes.length / 3))) {
            Files.write(file, damaged);
            assertEquals(uncached(), cached(cache));
            assertEquals(0, cache.lastRun().reused());
        }
        ageEveryFile();
        cached(cache);
        assertEquals(uncached(), cached(cache));
        assertEquals(files - 5, cache.lastRun().reused(), "the replaced cache is used");
    }

    private static byte[] flipped(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x20;
        return copy;
    }

    @Test
    void concurrentRunsThroughOneCacheFileEachGiveTheUncachedResult() throws Exception {
        Checked expected = uncached();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Checked>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> cached(cache("1.0", "s"))));
            }
            for (Future<Checked> f : runs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> left = Files.list(cacheFolder)) {
            assertEquals(List.of(cache("1.0", "s").fileFor(request()).getFileName().toString()),
                    left.map(p -> p.getFileName().toString()).toList(), "no temporary file is left behind");
        }
        assertEquals(expected, cached(cache("1.0", "s")));
    }

    @Test
    void freshlyWrittenFilesAreHashedNotTrustedByTheirStamp() throws IOException {
        Path file = library.resolve("more/lint-warnings.xml");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        ValidationCache cache = cache("1.0", "s");
        warm(cache);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replaceFirst("correct=\"true\"", "correct=\"tru1\""), StandardCharsets.UTF_8);
        assertEquals(uncached(), cached(cache));
    }

    @Test
    void theUserCacheFolderFollowsXdgElseTheHomeFolder() {
        Path home = Path.of("/home/ana");
        assertEquals(Path.of("/var/cache/ana/securebase"),
                ValidationCache.userFolder(Map.of("XDG_CACHE_HOME", "/var/cache/ana"), home));
        assertEquals(home.resolve(".cache/securebase"), ValidationCache.userFolder(Map.of(), home));
        assertEquals(home.resolve(".cache/securebase"), ValidationCache.userFolder(Map.of("XDG_CACHE_HOME", "relative"), home));
    }
}
