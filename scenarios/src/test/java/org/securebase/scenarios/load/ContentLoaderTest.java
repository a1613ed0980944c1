package org.securebase.scenarios.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.scenarios.diagnostic.Diagnostic;

/** Loading folders, files and a bundled library from a directory or a jar, with cross-file checks. */
class ContentLoaderTest {
    static final Path RESOURCES = Path.of("src/test/resources");
    static final Path LIBRARY = RESOURCES.resolve("org/securebase/testlibrary");
    static final String FOLDER = "org/securebase/testlibrary";

    static List<String> messages(Loaded l, String rule) {
        return l.diagnostics().stream().filter(d -> rule == null ? d.isError() : rule.equals(d.rule())).map(Diagnostic::message).toList();
    }

    static void assertTestLibrary(Loaded l) {
        assertEquals(new Summary(4, 2, 8, 1, 1, 0, 11), l.summary(), () -> l.diagnostics().toString());
        assertEquals(List.of("couple-late-text", "couple-late-call"),
                l.library().vignettes().stream().map(v -> v.id()).sorted(java.util.Comparator.reverseOrder()).toList());
        assertEquals(List.of("vignette couple-late-call shares 12 of 12 transcript sentences with vignette couple-late-text ("
                + l.diagnostics().stream().filter(d -> d.file().endsWith("late-text.xml")).findFirst().orElseThrow().file()
                + ":16): write a new exchange rather than swapping names"), messages(l, "transcript-overlap"));
    }

    @Test
    void loadsEveryXmlFileOfAFolderAtAnyDepth() {
        assertTestLibrary(ContentLoader.standard().load(List.of(LIBRARY), Progress.NONE));
    }

    @Test
    void loadsTheBundledLibraryFromAClasspathFolder() {
        Loaded l = ContentLoader.standard().withBundledLibrary(getClass().getClassLoader(), FOLDER).loadBundled(Progress.NONE);
        assertTestLibrary(l);
        assertTrue(l.diagnostics().stream().allMatch(d -> d.file().startsWith("classpath:" + FOLDER + "/")));
    }

    @Test
    void loadsTheBundledLibraryFromInsideAJar(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("library.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> walk = Files.walk(LIBRARY)) {
            for (Path p : walk.sorted().toList()) {
                String name = RESOURCES.relativize(p).toString().replace('\\', '/') + (Files.isDirectory(p) ? "/" : "");
                out.putNextEntry(new JarEntry(name));
                if (Files.isRegularFile(p)) {
                    Files.copy(p, (OutputStream) out);
                }
                out.closeEntry();
            }
        }
        try (URLClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Loaded l = ContentLoader.standard().withBundledLibrary(cl, FOLDER).loadBundled(Progress.NONE);
            assertTestLibrary(l);
            assertTrue(l.diagnostics().stream().anyMatch(d -> d.file().equals("classpath:" + FOLDER + "/individual/nested/late-call.xml")));
        }
    }

    @Test
    void checksBlueprintsAndCoursesAgainstTheLibraryWhenAsked() {
        Loaded l = ContentLoader.standard().load(ContentLoader.Request.of(List.of(LIBRARY)).withLibraryChecks(true), Progress.NONE);
        assertEquals(List.of(
                "section cycle asks to draw 4 questions (concepts cycle.* position.*; formats couple; difficulties introductory intermediate), but the library has only 3 that match",
                "section styles asks to draw 3 questions (concepts style.* strategy.*), but the library has only 2 that match"),
                messages(l, null));
        assertEquals(List.of(18, 22), l.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::line).toList());
    }

    @Test
    void reportsACourseWhoseBlueprintIsMissing() {
        Loaded l = ContentLoader.standard().load(ContentLoader.Request.of(List.of(RESOURCES.resolve("formats/course-example.xml")))
                .withLibraryChecks(true), Progress.NONE);
        assertEquals(List.of("course eft-foundations-2027-spring is completed by quiz 'eft-foundations-post', but no blueprint with that id was loaded"),
                messages(l, null));
    }

    @Test
    void reportsFixedQuestionsTheLibraryLacks() {
        Loaded l = ContentLoader.standard().load(List.of(RESOURCES.resolve("formats/quiz-example.xml"),
                RESOURCES.resolve("lint/lint-warnings.xml")), Progress.NONE);
        assertEquals(List.of("section core fixes question couple-late-text#q1, but there is no vignette 'couple-late-text' in the library",
                "section core fixes question couple-late-text#q3, but there is no vignette 'couple-late-text' in the library"), messages(l, null));
        assertEquals(List.of(27, 28), l.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::line).toList());
    }

    @Test
    void reportsADuplicateVignetteIdAcrossFilesAndKeepsTheFirst() {
        Loaded l = ContentLoader.standard().load(List.of(RESOURCES.resolve("formats/vignette-example.xml"),
                LIBRARY.resolve("couple/late-text.xml")), Progress.NONE);
        assertEquals(List.of("vignette id 'couple-late-text' is already used by " + RESOURCES.resolve("formats/vignette-example.xml")
                + ":16; vignette ids must be unique"), messages(l, null));
        assertEquals(1, l.library().size());
    }

    @Test
    void oneBadFileNeverStopsTheOthers() {
        Loaded l = ContentLoader.standard().load(List.of(RESOURCES.resolve("defects"), RESOURCES.resolve("formats")), Progress.NONE);
        assertEquals(61, l.summary().files());
        assertEquals(1, l.summary().vignettes());
        assertEquals(1, l.summary().blueprints());
        assertEquals(1, l.summary().courses());
        assertTrue(l.summary().errors() >= 54, l.summary()::toString);
        assertTrue(l.hasErrors());
    }

    @Test
    void reportsAPathThatDoesNotExist() {
        Loaded l = ContentLoader.standard().load(List.of(Path.of("no/such/place")), Progress.NONE);
        assertEquals(List.of("no/such/place:0:0: error: no such file or folder"), l.diagnostics().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void reportsProgressOncePerFileUpToTheTotal() {
        List<int[]> calls = new ArrayList<>();
        ContentLoader.standard().load(List.of(LIBRARY), (done, total) -> calls.add(new int[] {done, total}));
        assertEquals(4, calls.size());
        for (int i = 0; i < calls.size(); i++) {
            assertEquals(i + 1, calls.get(i)[0]);
            assertEquals(4, calls.get(i)[1]);
        }
    }

    @Test
    void summarisesTheCountsInWords() {
        assertEquals("4 files: 2 vignettes, 8 questions, 1 blueprint, 1 course; 0 errors, 11 warnings",
                ContentLoader.standard().load(List.of(LIBRARY), Progress.NONE).summary().toString());
    }

    @Test
    void checkReportsExactlyWhatLoadReports() {
        for (ContentLoader.Request r : List.of(ContentLoader.Request.of(List.of(LIBRARY)).withLibraryChecks(true),
                ContentLoader.Request.of(List.of(RESOURCES.resolve("defects"), RESOURCES.resolve("formats"), RESOURCES.resolve("lint"))),
                ContentLoader.Request.bundledOnly().withLibraryChecks(true))) {
            Loaded loaded = ContentLoader.standard().load(r, Progress.NONE);
            Checked checked = ContentLoader.standard().check(r, Progress.NONE);
            assertEquals(loaded.diagnostics(), checked.diagnostics());
            assertEquals(loaded.summary(), checked.summary());
        }
    }

    @Test
    void checksBlueprintsAgainstTheLibraryWhateverOrderTheirFilesComeIn(@TempDir Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(LIBRARY)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                // Blueprints and courses in a folder that sorts after the vignettes.
                String rel = LIBRARY.relativize(p).toString().replace("blueprints", "zz-blueprints").replace("courses", "zz-courses");
                Files.createDirectories(dir.resolve(rel).getParent());
                Files.copy(p, dir.resolve(rel));
            }
        }
        Checked c = ContentLoader.standard().check(ContentLoader.Request.of(List.of(dir)).withLibraryChecks(true), Progress.NONE);
        assertEquals(List.of(
                "section cycle asks to draw 4 questions (concepts cycle.* position.*; formats couple; difficulties introductory intermediate), but the library has only 3 that match",
                "section styles asks to draw 3 questions (concepts style.* strategy.*), but the library has only 2 that match"),
                c.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::message).toList());
        assertEquals(new Summary(4, 2, 8, 1, 1, 2, 11), c.summary());
    }

    @Test
    void findsFixedQuestionsOfABlueprintNamedAfterTheVignettes() {
        Loaded l = ContentLoader.standard().load(List.of(LIBRARY.resolve("couple/late-text.xml"),
                RESOURCES.resolve("formats/quiz-example.xml")), Progress.NONE);
        assertEquals(List.of(), messages(l, null));
        assertEquals(1, l.library().size());
    }
}
