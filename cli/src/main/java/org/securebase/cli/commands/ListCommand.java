package org.securebase.cli.commands;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.UserError;
import org.securebase.cli.content.Libraries;
import org.securebase.model.DomainException;
import org.securebase.model.concept.ConceptPattern;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.Difficulty;
import org.securebase.model.vignette.Format;
import org.securebase.model.vignette.Vignette;
import org.securebase.scenarios.load.Loaded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Lists the vignettes of the library (or its questions), filtered by format, difficulty or
 * concept, so an instructor can find cases to teach from.
 *
 * @since 0.1
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the vignettes (or, with --questions, the questions) of the library, with blueprints and courses.")
public final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--questions", description = "List questions (reference, type, difficulty, concepts) instead of vignettes.")
    boolean questions;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Only this format: individual, couple or family.")
    String format;

    @Option(names = "--difficulty", paramLabel = "LEVEL", description = "Only this difficulty: introductory, intermediate or advanced.")
    String difficulty;

    @Option(names = "--concept", paramLabel = "PATTERN", description = "Only questions tagged with a matching concept (e.g. 'eft.step.*').")
    String concept;

    @Override
    public Integer call() {
        Loaded loaded = Libraries.load(GlobalOptions.of(spec), spec.commandLine().getErr());
        Format f = parse(() -> format == null ? null : Format.of(format));
        Difficulty d = parse(() -> difficulty == null ? null : Difficulty.of(difficulty));
        ConceptPattern p = parse(() -> concept == null ? null : ConceptPattern.of(concept));
        List<LibraryQuestion> matching = loaded.library().questions().stream()
                .filter(q -> f == null || q.vignette().format() == f)
                .filter(q -> d == null || q.difficulty() == d)
                .filter(q -> p == null || q.question().concepts().stream().anyMatch(p::matches))
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        if (questions) {
            out.printf("%-44s %-18s %-13s %s%n", "QUESTION", "TYPE", "DIFFICULTY", "CONCEPTS");
            for (LibraryQuestion q : matching) {
                out.printf("%-44s %-18s %-13s %s%n", q.ref(), q.question().typeName(), q.difficulty().xmlName(),
                        String.join(" ", q.question().concepts().stream().map(Object::toString).toList()));
            }
            out.println(matching.size() + " questions");
        } else {
            List<Vignette> vignettes = matching.stream().map(LibraryQuestion::vignette).distinct().toList();
            // a SERIES column only when a listed case is in one, so a library without series lists as it always did
            boolean series = vignettes.stream().anyMatch(v -> v.series() != null);
            String row = series ? "%-40s %-10s %-30s %-13s %3s  %-24s %s%n" : "%-40s %-10s %-30s %-13s %3s  %s%s%n";
            out.printf(row, "VIGNETTE", "FORMAT", "MODALITY", "DIFFICULTY", "QS", series ? "SERIES" : "", "TITLE");
            for (Vignette v : vignettes) {
                out.printf(row, v.id(), v.format().xmlName(), v.modality(), v.difficulty().xmlName(),
                        String.valueOf(v.questions().size()), series ? seriesCell(v) : "", v.title());
            }
            out.println(vignettes.size() + " vignettes, " + matching.size() + " questions");
            if (f == null && d == null && p == null) {
                out.println();
                loaded.blueprints().forEach(b -> out.printf("blueprint %-34s %s%n", b.id(), b.title()));
                loaded.courses().forEach(c -> out.printf("course    %-34s %s (quiz %s)%n", c.id(), c.title(), c.quizId()));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** {@code lena-tomas #2}, or a dash for a case in no series. */
    private static String seriesCell(Vignette v) {
        return v.series() == null ? "-" : v.series().id() + " #" + v.series().session();
    }

    private static <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException | DomainException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
