package org.securebase.cli.content;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.UserError;
import org.securebase.cli.terminal.ProgressBar;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.course.Course;
import org.securebase.scenarios.diagnostic.Diagnostic;
import org.securebase.scenarios.lint.Lint;
import org.securebase.scenarios.load.Checked;
import org.securebase.scenarios.load.ContentLoader;
import org.securebase.scenarios.load.Loaded;
import org.securebase.scenarios.load.ValidationCache;

/**
 * Loads the content a command works on: the bundled library, or the libraries given with
 * {@code --library}. Commands other than {@code validate} refuse a library with errors, naming
 * the first few and pointing to {@code validate}.
 *
 * @since 0.1
 */
public final class Libraries {
    private static final int SHOWN_ERRORS = 5;

    private Libraries() {
    }

    /** Loads the library the global options name, refusing one with errors. */
    public static Loaded load(GlobalOptions root, PrintWriter err) {
        return load(root.libraries(), root, err);
    }

    /**
     * Loads these files and folders (the bundled library when none are given), refusing content
     * with errors as {@link #load(GlobalOptions, PrintWriter)} does.
     *
     * @since 0.3
     */
    public static Loaded load(List<Path> libraries, GlobalOptions root, PrintWriter err) {
        Loaded loaded = loadAllowingErrors(libraries, libraries.isEmpty(), true, root, err);
        if (loaded.hasErrors()) {
            StringBuilder msg = new StringBuilder("the library has " + loaded.summary().errors()
                    + " error(s); fix them first (securebase validate" + paths(libraries) + "):");
            loaded.diagnostics().stream().filter(Diagnostic::isError).limit(SHOWN_ERRORS)
                    .forEach(d -> msg.append(System.lineSeparator()).append("  ").append(d));
            throw new UserError(msg.toString());
        }
        return loaded;
    }

    /** Loads files and folders, and the bundled library when asked, reporting every problem as a diagnostic. */
    public static Loaded loadAllowingErrors(List<Path> paths, boolean bundled, boolean libraryChecks, GlobalOptions root,
                                            PrintWriter err) {
        return withProgress(paths, root, err, (loader, request, bar) ->
                loader.load(request.withBundled(bundled).withLibraryChecks(libraryChecks), bar::update));
    }

    /**
     * Checks files and folders, and the bundled library when asked, as {@link #loadAllowingErrors}
     * loads them, keeping only the diagnostics: what {@code validate} needs, in memory that does not
     * grow with the library.
     */
    public static Checked check(List<Path> paths, boolean bundled, boolean libraryChecks, GlobalOptions root,
                                PrintWriter err) {
        return check(paths, bundled, libraryChecks, Lint.standard(), root, err);
    }

    /**
     * Checks as {@link #check(List, boolean, boolean, GlobalOptions, PrintWriter)} does, with these lint rules.
     *
     * @since 0.3
     */
    public static Checked check(List<Path> paths, boolean bundled, boolean libraryChecks, Lint lint, GlobalOptions root,
                                PrintWriter err) {
        return withProgress(paths, root, err, (loader, request, bar) ->
                loader.withLint(lint).check(request.withBundled(bundled).withLibraryChecks(libraryChecks), bar::update));
    }

    /** Checks as {@link #check(List, boolean, boolean, GlobalOptions, PrintWriter)} does, through a validation cache. */
    public static Checked check(List<Path> paths, boolean bundled, boolean libraryChecks, GlobalOptions root,
                                PrintWriter err, ValidationCache cache) {
        return withProgress(paths, root, err, (loader, request, bar) ->
                loader.withCache(cache).check(request.withBundled(bundled).withLibraryChecks(libraryChecks), bar::update));
    }

    private interface Job<T> {
        T run(ContentLoader loader, ContentLoader.Request request, ProgressBar bar);
    }

    private static <T> T withProgress(List<Path> paths, GlobalOptions root, PrintWriter err, Job<T> job) {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UserError("no such file or folder: " + p);
            }
        }
        ProgressBar bar = new ProgressBar(err, paths.isEmpty() ? "loading the bundled library" : "loading", root.interactive());
        try {
            return job.run(ContentLoader.standard(), ContentLoader.Request.of(paths), bar);
        } finally {
            bar.finish();
        }
    }

    /** The blueprint with this id, or a message listing the ones there are. */
    public static QuizBlueprint blueprint(Loaded loaded, String idOrFile) {
        String id = idOrFile.endsWith(".xml") ? idFromFile(idOrFile) : idOrFile;
        return loaded.blueprints().stream().filter(b -> b.id().equals(id)).findFirst()
                .orElseThrow(() -> new UserError("no blueprint '" + id + "' in the library; blueprints: "
                        + String.join(", ", loaded.blueprints().stream().map(QuizBlueprint::id).sorted().toList())));
    }

    /** The course with this id, or a message listing the ones there are. */
    public static Course course(Loaded loaded, String id) {
        return loaded.courses().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new UserError("no course '" + id + "' in the library; courses: "
                        + String.join(", ", loaded.courses().stream().map(Course::id).sorted().toList())));
    }

    private static String idFromFile(String file) {
        String name = Path.of(file).getFileName().toString();
        return name.substring(0, name.length() - ".xml".length());
    }

    private static String paths(List<Path> paths) {
        StringBuilder s = new StringBuilder();
        paths.forEach(p -> s.append(" --library ").append(p));
        return s.toString();
    }
}
