package org.securebase.scenarios.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.securebase.scenarios.diagnostic.Diagnostic;
import org.securebase.scenarios.load.Checked;
import org.securebase.scenarios.load.ContentLoader;
import org.securebase.scenarios.load.Progress;

/**
 * Whatever an attribute of a real file holds, reading never throws and every problem is
 * reported at a line and column: the acceptance examples and bundled files with one attribute
 * value replaced by a word, a huge number, an impossible date, an empty value and so on.
 */
class WrongValuesPropertyTest {
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-z][a-z-]*)=\"([^\"]*)\"");
    private static final List<String> WRONG = List.of("twenty", "one", "", " ", "-1", "0", "3.5", "1e3", "+7", "007",
            "99999999999999999999", "2147483648", "-2147483649", "2027-02-30", "2027-13-01", "10000-01-01",
            "2027-03-13Z", "yes", "TRUE", "NaN", "Infinity", "0x10", "&#x1F600;", "&lt;b&gt;", "q1 q1",
            "x".repeat(300), "modality.none", "style.*", "1 2 3 99", "a#b#c");
    private static final List<Path> FILES = files();

    private static List<Path> files() {
        List<Path> out = new ArrayList<>(List.of(Path.of("src/test/resources/formats/vignette-example.xml"),
                Path.of("src/test/resources/formats/quiz-example.xml"),
                Path.of("src/test/resources/formats/course-example.xml")));
        try (Stream<Path> walk = Files.walk(Path.of("src/main/resources/org/securebase/library"))) {
            walk.filter(p -> p.toString().endsWith(".xml")).sorted().limit(12).forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** One file with the value of one of its attributes (by occurrence, wrapping round) replaced. */
    record Mutation(Path file, int attribute, String value) {
        String text() {
            try {
                String original = Files.readString(file);
                Matcher m = ATTRIBUTE.matcher(original);
                List<int[]> spans = new ArrayList<>();
                while (m.find()) {
                    if (!m.group(1).startsWith("xmlns")) {
                        spans.add(new int[] {m.start(2), m.end(2)});
                    }
                }
                int[] span = spans.get(attribute % spans.size());
                return original.substring(0, span[0]) + value + original.substring(span[1]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.of(FILES), Arbitraries.integers().between(0, 400),
                Arbitraries.of(WRONG)).as(Mutation::new);
    }

    @Property(tries = 300)
    void aWrongAttributeValueIsADiagnosticAtALineNeverAnException(@ForAll("mutations") Mutation mutation) {
        byte[] bytes = mutation.text().getBytes(StandardCharsets.UTF_8);
        FileContent content = XmlContent.standard().read("mutated.xml", bytes);
        List<Diagnostic> errors = content.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertTrue(errors.stream().allMatch(d -> d.line() > 0 && d.column() > 0),
                () -> errors.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        assertTrue(errors.stream().noneMatch(d -> d.message().contains("<>")), errors::toString);
        assertTrue(errors.stream().noneMatch(d -> d.message().contains("could not be checked")), errors::toString);
    }

    @Property(tries = 40)
    void theOtherFilesOfAFolderAreStillChecked(@ForAll("mutations") Mutation mutation) throws IOException {
        Path folder = Files.createTempDirectory("wrong-values");
        try {
            Files.writeString(folder.resolve("a-mutated.xml"), mutation.text());
            Files.writeString(folder.resolve("b-defect.xml"),
                    Files.readString(Path.of("src/test/resources/defects/unknown-concept.xml")));
            Checked checked = ContentLoader.standard().check(ContentLoader.Request.of(List.of(folder)), Progress.NONE);
            assertEquals(2, checked.summary().files());
            assertTrue(checked.diagnostics().stream().anyMatch(d -> d.file().endsWith("b-defect.xml") && d.line() == 69),
                    checked.diagnostics()::toString);
        } finally {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }
}
