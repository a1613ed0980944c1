package org.securebase.scenarios.load;

import java.util.List;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.course.Course;
import org.securebase.model.library.Library;
import org.securebase.scenarios.diagnostic.Diagnostic;

/**
 * What a load gave: the library of vignettes that loaded without errors (ids distinct), the
 * blueprints and courses, every diagnostic (sorted by file, line, column) and the counts.
 *
 * @param library the vignettes that loaded cleanly
 * @param blueprints the blueprints that loaded cleanly, ids distinct
 * @param courses the courses that loaded cleanly, ids distinct
 * @param diagnostics every error and warning
 * @param summary the counts
 * @since 0.1
 */
public record Loaded(Library library, List<QuizBlueprint> blueprints, List<Course> courses,
                     List<Diagnostic> diagnostics, Summary summary) {

    /** Copies the lists. */
    public Loaded {
        blueprints = List.copyOf(blueprints);
        courses = List.copyOf(courses);
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when any error was found (the exit code of {@code validate} follows this). */
    public boolean hasErrors() {
        return summary.errors() > 0;
    }
}
