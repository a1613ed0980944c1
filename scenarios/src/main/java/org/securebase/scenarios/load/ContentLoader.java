package org.securebase.scenarios.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.course.Course;
import org.securebase.model.library.Library;
import org.securebase.model.vignette.Vignette;
import org.securebase.scenarios.check.CrossChecks;
import org.securebase.scenarios.diagnostic.Diagnostic;
import org.securebase.scenarios.diagnostic.Located;
import org.securebase.scenarios.diagnostic.Position;
import org.securebase.scenarios.lint.Lint;
import org.securebase.scenarios.lint.LintIgnores;
import org.securebase.scenarios.xml.FileContent;
import org.securebase.scenarios.xml.XmlContent;

/**
 * Loads vignettes, quiz blueprints and courses from files, folders (every {@code .xml} at any
 * depth) and the bundled library, recognising each file by its root element. Files are read in
 * parallel; one bad file never stops the others. After reading, it checks across files
 * (duplicate ids, fixed questions that do not exist and, when asked, sections the library
 * cannot satisfy and courses without their blueprint) and lints the vignettes.
 *
 * @since 0.1
 */
public final class ContentLoader {
    /** Where the bundled library lives on the classpath. */
    public static final String BUNDLED_FOLDER = "org/securebase/library";

    private final XmlContent reader;
    private final Lint lint;
    private final ClassLoader bundledFrom;
    private final String bundledFolder;

    private ContentLoader(XmlContent reader, Lint lint, ClassLoader bundledFrom, String bundledFolder) {
        this.reader = reader;
        this.lint = lint;
        this.bundledFrom = bundledFrom;
        this.bundledFolder = bundledFolder;
    }

    /** The loader with the bundled schemas, the standard catalogue, every lint rule and the bundled library. */
    public static ContentLoader standard() {
        return new ContentLoader(XmlContent.standard(), Lint.standard(), ContentLoader.class.getClassLoader(), BUNDLED_FOLDER);
    }

    /** The same loader taking its bundled library from another classpath folder (e.g. {@code org/example/library}). */
    public ContentLoader withBundledLibrary(ClassLoader classLoader, String folder) {
        return new ContentLoader(reader, lint, classLoader, folder.replaceAll("^/+|/+$", ""));
    }

    /**
     * What to load and how hard to check it.
     *
     * @param paths files and folders to read
     * @param bundled whether to read the bundled library too
     * @param libraryChecks whether to check blueprints against the loaded library (sections it
     *        cannot satisfy, fixed questions it lacks) and courses against the loaded blueprints.
     *        Without it, fixed questions are still checked when any vignette was loaded.
     * @since 0.1
     */
    public record Request(List<Path> paths, boolean bundled, boolean libraryChecks) {
        /** Copies the paths. */
        public Request {
            paths = List.copyOf(paths);
        }

        /** These paths, without the bundled library, without library checks. */
        public static Request of(List<Path> paths) {
            return new Request(paths, false, false);
        }

        /** Only the bundled library. */
        public static Request bundledOnly() {
            return new Request(List.of(), true, false);
        }

        /** The same request, with or without the bundled library. */
        public Request withBundled(boolean yes) {
            return new Request(paths, yes, libraryChecks);
        }

        /** The same request, with or without library checks. */
        public Request withLibraryChecks(boolean yes) {
            return new Request(paths, bundled, yes);
        }
    }

    /** Loads these files and folders (no bundled library, no library checks). */
    public Loaded load(List<Path> paths, Progress progress) {
        return load(Request.of(paths), progress);
    }

    /** Loads only the bundled library. */
    public Loaded loadBundled(Progress progress) {
        return load(Request.bundledOnly(), progress);
    }

    /** Loads what the request names; never throws for bad content, which becomes diagnostics. */
    public Loaded load(Request request, Progress progress) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Supplier<FileContent>> sources = new ArrayList<>();
        for (Path p : request.paths()) {
            collect(p, sources, diagnostics);
        }
        if (request.bundled()) {
            collectBundled(sources, diagnostics);
        }
        List<FileContent> files = readAll(sources, progress);
        return combine(files, diagnostics, request.libraryChecks());
    }

    private void collect(Path path, List<Supplier<FileContent>> sources, List<Diagnostic> diagnostics) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).filter(ContentLoader::isXml).sorted()
                        .forEach(f -> sources.add(() -> reader.read(f)));
            } catch (IOException | UncheckedIOException e) {
                diagnostics.add(Diagnostic.error(path.toString(), Position.UNKNOWN, "cannot read the folder: " + e.getMessage()));
            }
        } else if (Files.isRegularFile(path)) {
            sources.add(() -> reader.read(path));
        } else {
            diagnostics.add(Diagnostic.error(path.toString(), Position.UNKNOWN, "no such file or folder"));
        }
    }

    /** Reads every .xml under the bundled folder, whether the classpath holds it as a directory or inside a jar. */
    private void collectBundled(List<Supplier<FileContent>> sources, List<Diagnostic> diagnostics) {
        String where = "classpath:" + bundledFolder;
        URL url = bundledFrom.getResource(bundledFolder);
        if (url == null) {
            url = bundledFrom.getResource(bundledFolder + "/");
        }
        if (url == null) {
            diagnostics.add(Diagnostic.error(where, Position.UNKNOWN, "the bundled library is missing from this build"));
            return;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                boolean opened;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                    opened = true;
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                    opened = false;
                }
                try {
                    readBundled(fs.provider().getPath(uri), sources);
                } finally {
                    if (opened) {
                        fs.close();
                    }
                }
            } else {
                readBundled(Path.of(uri), sources);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            diagnostics.add(Diagnostic.error(where, Position.UNKNOWN, "cannot read the bundled library: " + e.getMessage()));
        }
    }

    /** Reads the bytes now (the jar file system closes afterwards); parsing happens in parallel later. */
    private void readBundled(Path root, List<Supplier<FileContent>> sources) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(ContentLoader::isXml)
                    .sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
        }
        for (Path f : files) {
            String name = "classpath:" + bundledFolder + "/" + root.relativize(f).toString().replace('\\', '/');
            byte[] bytes;
            try (InputStream in = Files.newInputStream(f)) {
                bytes = in.readNBytes(XmlContent.MAX_BYTES + 1);
            }
            sources.add(() -> reader.read(name, new java.io.ByteArrayInputStream(bytes)));
        }
    }

    private static boolean isXml(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    private static List<FileContent> readAll(List<Supplier<FileContent>> sources, Progress progress) {
        int total = sources.size();
        if (total == 0) {
            return List.of();
        }
        int threads = Math.max(1, Math.min(total, Runtime.getRuntime().availableProcessors()));
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "securebase-load");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FileContent>> futures = new ArrayList<>();
            for (Supplier<FileContent> s : sources) {
                futures.add(pool.submit(() -> {
                    FileContent c = s.get();
                    synchronized (progress) {
                        progress.advanced(done.incrementAndGet(), total);
                    }
                    return c;
                }));
            }
            List<FileContent> out = new ArrayList<>();
            for (Future<FileContent> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("loading was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("loading failed unexpectedly: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Loaded combine(List<FileContent> files, List<Diagnostic> diagnostics, boolean libraryChecks) {
        List<Located<Vignette>> vignettes = new ArrayList<>();
        List<LintIgnores> ignores = new ArrayList<>();
        List<Located<QuizBlueprint>> blueprints = new ArrayList<>();
        List<Located<Course>> courses = new ArrayList<>();
        for (FileContent f : files) {
            diagnostics.addAll(f.diagnostics());
            if (f instanceof FileContent.VignetteFile v) {
                vignettes.add(v.vignette());
                ignores.add(v.ignores());
            } else if (f instanceof FileContent.BlueprintFile b) {
                blueprints.add(b.blueprint());
            } else if (f instanceof FileContent.CourseFile c) {
                courses.add(c.course());
            }
        }
        List<Located<Vignette>> distinct = CrossChecks.distinct(vignettes, Vignette::id, "vignette", diagnostics);
        Library library = new Library(distinct.stream().map(Located::value).toList());

        List<Lint.Subject> subjects = new ArrayList<>();
        Set<Located<Vignette>> kept = new HashSet<>(distinct);
        for (int i = 0; i < vignettes.size(); i++) {
            if (kept.contains(vignettes.get(i))) {
                subjects.add(new Lint.Subject(vignettes.get(i), ignores.get(i)));
            }
        }
        subjects.forEach(s -> diagnostics.addAll(lint.check(s)));
        diagnostics.addAll(lint.checkAcross(subjects));

        List<Located<QuizBlueprint>> distinctBlueprints = CrossChecks.distinct(blueprints, QuizBlueprint::id, "blueprint", diagnostics);
        for (Located<QuizBlueprint> b : distinctBlueprints) {
            if (libraryChecks || library.size() > 0) {
                diagnostics.addAll(CrossChecks.missingFixedQuestions(b, library));
            }
            if (libraryChecks) {
                diagnostics.addAll(CrossChecks.unsatisfiableSections(b, library));
            }
        }
        List<Located<Course>> distinctCourses = CrossChecks.distinct(courses, Course::id, "course", diagnostics);
        if (libraryChecks) {
            Set<String> ids = distinctBlueprints.stream().map(b -> b.value().id()).collect(Collectors.toSet());
            diagnostics.addAll(CrossChecks.coursesWithoutBlueprint(distinctCourses, ids));
        }

        diagnostics.sort(Diagnostic.BY_PLACE);
        int errors = (int) diagnostics.stream().filter(Diagnostic::isError).count();
        Summary summary = new Summary(files.size(), library.size(), library.questions().size(), distinctBlueprints.size(),
                distinctCourses.size(), errors, diagnostics.size() - errors);
        return new Loaded(library, distinctBlueprints.stream().map(Located::value).toList(),
                distinctCourses.stream().map(Located::value).toList(), diagnostics, summary);
    }
}
