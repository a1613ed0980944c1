package org.securebase.scenarios.xml;

import java.util.List;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.course.Course;
import org.securebase.model.vignette.Vignette;
import org.securebase.scenarios.diagnostic.Diagnostic;
import org.securebase.scenarios.diagnostic.Located;
import org.securebase.scenarios.lint.LintIgnores;

/**
 * What reading one file gave: a vignette, a blueprint, a course, or nothing usable, each with
 * the problems found in the file itself (cross-file checks and lint come later).
 *
 * @since 0.1
 */
public sealed interface FileContent permits FileContent.VignetteFile, FileContent.BlueprintFile,
        FileContent.CourseFile, FileContent.RejectedFile {

    /** The file as the user named it. */
    String file();

    /** Problems found while reading it; only warnings unless it was rejected. */
    List<Diagnostic> diagnostics();

    /**
     * A vignette read without errors.
     *
     * @param vignette the vignette with its file and positions
     * @param ignores the lint rules its author silenced
     * @param diagnostics warnings found while reading
     */
    record VignetteFile(Located<Vignette> vignette, LintIgnores ignores, List<Diagnostic> diagnostics) implements FileContent {
        /** Copies the diagnostics. */
        public VignetteFile {
            diagnostics = List.copyOf(diagnostics);
        }

        @Override
        public String file() {
            return vignette.file();
        }
    }

    /**
     * A quiz blueprint read without errors.
     *
     * @param blueprint the blueprint with its file and positions
     * @param diagnostics warnings found while reading
     */
    record BlueprintFile(Located<QuizBlueprint> blueprint, List<Diagnostic> diagnostics) implements FileContent {
        /** Copies the diagnostics. */
        public BlueprintFile {
            diagnostics = List.copyOf(diagnostics);
        }

        @Override
        public String file() {
            return blueprint.file();
        }
    }

    /**
     * A course read without errors.
     *
     * @param course the course with its file and positions
     * @param diagnostics warnings found while reading
     */
    record CourseFile(Located<Course> course, List<Diagnostic> diagnostics) implements FileContent {
        /** Copies the diagnostics. */
        public CourseFile {
            diagnostics = List.copyOf(diagnostics);
        }

        @Override
        public String file() {
            return course.file();
        }
    }

    /**
     * A file that gave nothing usable: not well-formed, hostile, invalid against its schema, or
     * semantically wrong. Its diagnostics hold at least one error.
     *
     * @param file the file as the user named it
     * @param diagnostics every problem found in it
     */
    record RejectedFile(String file, List<Diagnostic> diagnostics) implements FileContent {
        /** Copies the diagnostics. */
        public RejectedFile {
            diagnostics = List.copyOf(diagnostics);
        }
    }
}
