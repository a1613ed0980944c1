package org.securebase.scenarios.load;

import java.io.ByteArrayInputStream;
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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.course.Course;
import org.securebase.model.library.Library;
import org.securebase.model.vignette.Vignette;
import org.securebase.scenarios.check.CrossChecks;
import org.securebase.scenarios.check.LibraryTally;
import org.securebase.scenarios.check.SeriesTally;
import org.securebase.scenarios.diagnostic.Diagnostic;
import org.securebase.scenarios.diagnostic.Located;
import org.securebase.scenarios.diagnostic.Position;
import org.securebase.scenarios.lint.Lint;
import org.securebase.scenarios.lint.OverlapIndex;
import org.securebase.scenarios.xml.FileContent;
import org.securebase.scenarios.xml.XmlContent;

/**
 * Loads vignettes, quiz blueprints and courses from files, folders (every {@code .xml} at any
 * depth) and the bundled library, recognising each file by its root element. Files are read in
 * parallel and handed on in path order; one bad file never stops the others. Each vignette is
 * linted as it arrives and checked against the others (duplicate ids, overlapping transcripts,
 * sessions of a case series given twice or missing)
 * and against the blueprints (fixed questions that do not exist and, when asked, sections the
 * library cannot satisfy; courses without their blueprint) through digests, so that
 * {@link #check} can validate a library of any size without keeping it (decision 0004).
 *
 * @since 0.1
 */
public final class ContentLoader {
    /** Where the bundled library lives on the classpath. */
    public static final String BUNDLED_FOLDER = "org/securebase/library";

    /** The reader, made when first needed: setting up the schemas and the binding costs more than a cached check. */
    private final Supplier<XmlContent> reader;
    private final Lint lint;
    private final ClassLoader bundledFrom;
    private final String bundledFolder;
    private final ValidationCache cache;

    private ContentLoader(Supplier<XmlContent> reader, Lint lint, ClassLoader bundledFrom, String bundledFolder, ValidationCache cache) {
        this.reader = reader;
        this.lint = lint;
        this.bundledFrom = bundledFrom;
        this.bundledFolder = bundledFolder;
        this.cache = cache;
    }

    /** The loader with the bundled schemas, the standard catalogue, every lint rule and the bundled library. */
    public static ContentLoader standard() {
        return new ContentLoader(XmlContent::standard, Lint.standard(), ContentLoader.class.getClassLoader(), BUNDLED_FOLDER, null);
    }

    /** The same loader taking its bundled library from another classpath folder (e.g. {@code org/example/library}). */
    public ContentLoader withBundledLibrary(ClassLoader classLoader, String folder) {
        return new ContentLoader(reader, lint, classLoader, folder.replaceAll("^/+|/+$", ""), cache);
    }

    /**
     * The same loader keeping what {@link #check} finds in each file in this cache, and reusing it
     * for files that have not changed since; {@link #load} never uses it (decision 0005).
     */
    public ContentLoader withCache(ValidationCache cache) {
        return new ContentLoader(reader, lint, bundledFrom, bundledFolder, cache);
    }

    /**
     * The same loader running these lint rules instead (e.g. {@link Lint#withCues()}), without a
     * validation cache: a cache holds what the standard rules found.
     *
     * @since 0.3
     */
    public ContentLoader withLint(Lint rules) {
        return new ContentLoader(reader, rules, bundledFrom, bundledFolder, null);
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

    /**
     * Loads what the request names and keeps it: the library, blueprints and courses, with every
     * diagnostic. Never throws for bad content, which becomes diagnostics.
     */
    public Loaded load(Request request, Progress progress) {
        Run run = new Run(true);
        run.go(request, progress);
        return new Loaded(new Library(run.kept), run.blueprints.stream().map(Located::value).toList(),
                run.courses.stream().map(Located::value).toList(), run.diagnostics, run.summary);
    }

    /**
     * Checks what the request names exactly as {@link #load} does, keeping only the diagnostics:
     * each file's content is dropped once it has been checked, so memory does not grow with the
     * number of vignettes beyond a digest of each for the cross-file checks.
     */
    public Checked check(Request request, Progress progress) {
        Run run = new Run(false);
        run.go(request, progress);
        return new Checked(run.diagnostics, run.summary);
    }

    private void collect(Path path, List<Source> sources, List<Diagnostic> diagnostics) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).filter(ContentLoader::isXml).sorted()
                        .forEach(f -> sources.add(Source.file(f)));
            } catch (IOException | UncheckedIOException e) {
                diagnostics.add(Diagnostic.error(path.toString(), Position.UNKNOWN, "cannot read the folder: " + e.getMessage()));
            }
        } else if (Files.isRegularFile(path)) {
            sources.add(Source.file(path));
        } else {
            diagnostics.add(Diagnostic.error(path.toString(), Position.UNKNOWN, "no such file or folder"));
        }
    }

    /** Reads every .xml under the bundled folder, whether the classpath holds it as a directory or inside a jar. */
    private void collectBundled(List<Source> sources, List<Diagnostic> diagnostics) {
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
    private void readBundled(Path root, List<Source> sources) throws IOException {
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
            sources.add(Source.bundled(name, bytes));
        }
    }

    private static boolean isXml(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    /**
     * One load or check: blueprints and courses are read first (recognised by their root
     * element), then the vignettes stream past in path order, each checked within itself, linted
     * and tallied against the blueprints, then dropped unless the run keeps content.
     */
    private final class Run {
        private final boolean keep;
        final List<Diagnostic> diagnostics = new ArrayList<>();
        final List<Vignette> kept = new ArrayList<>();
        List<Located<QuizBlueprint>> blueprints = List.of();
        List<Located<Course>> courses = List.of();
        Summary summary;
        private final OverlapIndex overlap = new OverlapIndex();
        private final SeriesTally series = new SeriesTally();
        private LibraryTally tally;
        private int files;
        private int total;
        /** What the cache kept from the last run, and what this run keeps; empty without a cache. */
        private CacheFile.Contents before = CacheFile.Contents.EMPTY;
        private final List<CacheFile.Kept> after = new ArrayList<>();
        /** Concept ids decoded from the cache, shared: making one checks its shape. */
        private final Map<String, ConceptId> concepts = new ConcurrentHashMap<>();
        private int reused;

        Run(boolean keep) {
            this.keep = keep;
        }

        private boolean caching() {
            return cache != null && !keep;
        }

        /**
         * A file read on a loader thread, with what can be worked out from it alone: its content
         * (null when the cache gave it), its own diagnostics, and for a vignette its lint, overlap
         * digest and tally entry; and what the cache should keep of it (null for nothing).
         */
        private record Read(FileContent content, List<Diagnostic> diagnostics, List<Diagnostic> lint,
                            OverlapIndex.Digest digest, LibraryTally.Entry entry, CacheFile.Kept kept, boolean fromCache) {
            boolean isVignette() {
                return entry != null;
            }

            static Read of(CacheFile.Kept k, boolean fromCache) {
                return new Read(null, k.diagnostics(), k.lint(), k.digest(), k.entry(), k, fromCache);
            }
        }

        /** A file as first seen: the root its head announces, or the cache's result when its stamp vouches for it. */
        private record Look(RootElement.Kind kind, CacheFile.Stamp stamp, Read cached) {
        }

        private Look look(Source s) {
            if (!caching() || s.bytes() != null) {
                return new Look(RootElement.of(s.head()), null, null);
            }
            CacheFile.Stamp stamp = CacheFile.Stamp.of(Path.of(s.name()));
            CacheFile.Stored k = before.files().get(s.name());
            if (stamp != null && k != null && stamp.vouchesFor(k.stamp(), before.runStartNanos())) {
                return new Look(k.announced(), stamp, Read.of(k.kept(concepts), true));
            }
            return new Look(RootElement.of(s.head()), stamp, null);
        }

        void go(Request request, Progress progress) {
            List<Source> sources = new ArrayList<>();
            for (Path p : request.paths()) {
                collect(p, sources, diagnostics);
            }
            if (request.bundled()) {
                collectBundled(sources, diagnostics);
            }
            total = sources.size();
            long runStart = System.currentTimeMillis() * 1_000_000L;
            Path cacheFile = caching() ? cache.fileFor(request) : null;
            if (cacheFile != null) {
                before = CacheFile.read(cacheFile, cache.checker());
            }
            List<Look> looks = new ArrayList<>(total);
            InOrder.run(sources, this::look, looks::add);
            List<Source> first = new ArrayList<>();
            List<Source> vignettes = new ArrayList<>();
            Map<Source, Look> seen = new IdentityHashMap<>();
            int vouched = 0;
            for (int i = 0; i < total; i++) {
                vouched += looks.get(i).cached() == null ? 0 : 1;
                seen.put(sources.get(i), looks.get(i));
                (looks.get(i).kind() == RootElement.Kind.VIGNETTE ? vignettes : first).add(sources.get(i));
            }
            looks.clear();
            CacheFile.Outcome kept = before.outcome();
            if (kept != null && vouched == total && before.files().size() == total && diagnostics.isEmpty()
                    && kept.libraryChecks() == request.libraryChecks()) {
                diagnostics.addAll(kept.diagnostics());
                summary = kept.summary();
                cache.record(new ValidationCache.Reuse(total, 0));
                progress.advanced(total, total);
                return;
            }

            List<Located<QuizBlueprint>> allBlueprints = new ArrayList<>();
            List<Located<Course>> allCourses = new ArrayList<>();
            List<Read> early = new ArrayList<>();
            InOrder.run(first, source -> seen.get(source).cached(), source -> read(source, seen.get(source)), r -> {
                advance(progress, r);
                if (r.content() instanceof FileContent.BlueprintFile b) {
                    allBlueprints.add(b.blueprint());
                } else if (r.content() instanceof FileContent.CourseFile c) {
                    allCourses.add(c.course());
                } else if (r.isVignette()) {
                    early.add(r);
                }
            });
            blueprints = CrossChecks.distinct(allBlueprints, QuizBlueprint::id, "blueprint", diagnostics);
            courses = CrossChecks.distinct(allCourses, Course::id, "course", diagnostics);
            tally = new LibraryTally(blueprints);
            early.forEach(this::admit);
            InOrder.run(vignettes, source -> seen.get(source).cached(), source -> read(source, seen.get(source)), r -> {
                advance(progress, r);
                if (r.isVignette()) {
                    admit(r);
                }
            });
            diagnostics.addAll(series.problems());
            diagnostics.addAll(tally.blueprintProblems(request.libraryChecks()));
            if (request.libraryChecks()) {
                Set<String> ids = blueprints.stream().map(b -> b.value().id()).collect(Collectors.toSet());
                diagnostics.addAll(CrossChecks.coursesWithoutBlueprint(courses, ids));
            }
            diagnostics.sort(Diagnostic.BY_PLACE);
            int errors = (int) diagnostics.stream().filter(Diagnostic::isError).count();
            summary = new Summary(files, tally.vignettes(), tally.questions(), blueprints.size(), courses.size(),
                    errors, diagnostics.size() - errors);
            if (cacheFile != null) {
                cache.record(new ValidationCache.Reuse(reused, files - reused));
                CacheFile.Outcome outcome = after.size() == total && request.paths().size() > 0 && !request.bundled()
                        ? new CacheFile.Outcome(request.libraryChecks(), diagnostics, summary) : null;
                if (vouched != after.size() || before.files().size() != after.size() || !Objects.equals(kept, outcome)) {
                    CacheFile.write(cacheFile, cache.checker(), runStart, after, outcome);
                }
            }
        }

        /** Runs on a loader thread: everything that needs only this file, or what the cache kept of it. */
        private Read read(Source source, Look look) {
            if (look.cached() != null) {
                return look.cached();
            }
            if (look.stamp() == null) {
                return read(source.read(reader.get()), look, null);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(Path.of(source.name()))) {
                bytes = in.readNBytes(XmlContent.MAX_BYTES + 1);
            } catch (IOException e) {
                return read(source.read(reader.get()), look, null);
            }
            byte[] hash = ValidationCache.sha256(bytes);
            CacheFile.Stored stored = before.files().get(source.name());
            CacheFile.Kept k = stored == null ? null : stored.kept(concepts);
            if (k != null && k.sameContent(hash)) {
                return Read.of(new CacheFile.Kept(k.name(), look.kind(), look.stamp(), hash, k.diagnostics(), k.lint(), k.digest(), k.entry()), true);
            }
            return read(reader.get().read(source.name(), new ByteArrayInputStream(bytes)), look, hash);
        }

        /** What a file read gives; kept for the cache when it has a stamp and is not a blueprint or course. */
        private Read read(FileContent content, Look look, byte[] hash) {
            CacheFile.Stamp stamp = hash == null ? null : look.stamp();
            if (content instanceof FileContent.VignetteFile v) {
                List<Diagnostic> linted = lint.check(new Lint.Subject(v.vignette(), v.ignores()));
                OverlapIndex.Digest digest = OverlapIndex.Digest.of(v.vignette(), v.ignores());
                LibraryTally.Entry entry = LibraryTally.Entry.of(v.vignette());
                CacheFile.Kept kept = stamp == null ? null
                        : new CacheFile.Kept(v.file(), look.kind(), stamp, hash, v.diagnostics(), linted, digest, entry);
                return new Read(content, v.diagnostics(), linted, digest, entry, kept, false);
            }
            CacheFile.Kept kept = stamp == null || !(content instanceof FileContent.RejectedFile) ? null
                    : new CacheFile.Kept(content.file(), look.kind(), stamp, hash, content.diagnostics(), List.of(), null, null);
            return new Read(content, content.diagnostics(), List.of(), null, null, kept, false);
        }

        private void advance(Progress progress, Read r) {
            files++;
            diagnostics.addAll(r.diagnostics());
            if (r.kept() != null) {
                after.add(r.kept());
            }
            if (r.fromCache()) {
                reused++;
            }
            progress.advanced(files, total);
        }

        private void admit(Read r) {
            if (tally.admit(r.entry(), diagnostics)) {
                diagnostics.addAll(r.lint());
                diagnostics.addAll(overlap.offer(r.digest()));
                series.offer(r.entry());
                if (keep) {
                    kept.add(((FileContent.VignetteFile) r.content()).vignette().value());
                }
            }
        }
    }
}
