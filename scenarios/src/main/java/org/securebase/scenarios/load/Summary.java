package org.securebase.scenarios.load;

/**
 * The counts a validation run prints at its end.
 *
 * @param files content files read
 * @param vignettes vignettes in the resulting library
 * @param questions questions of those vignettes
 * @param blueprints quiz blueprints loaded
 * @param courses courses loaded
 * @param errors errors found
 * @param warnings warnings found
 * @since 0.1
 */
public record Summary(int files, int vignettes, int questions, int blueprints, int courses, int errors, int warnings) {

    /** E.g. {@code 12 files: 9 vignettes, 41 questions, 2 blueprints, 1 course; 0 errors, 3 warnings}. */
    @Override
    public String toString() {
        return plural(files, "file") + ": " + plural(vignettes, "vignette") + ", " + plural(questions, "question") + ", "
                + plural(blueprints, "blueprint") + ", " + plural(courses, "course") + "; "
                + plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
