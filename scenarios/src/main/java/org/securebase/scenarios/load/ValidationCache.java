package org.securebase.scenarios.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where and under which checker a validation keeps what it found in each file, so that checking
 * an unchanged library again reads no file and only the cross-file checks run (decision 0005).
 * Each file's result is kept under its content's SHA-256 with the file's size, modification and
 * change times and identity; a file whose times are too close to the run that stored it is
 * hashed again rather than trusted. The whole cache belongs to one checker: the program version,
 * the bundled schemas' hash and the build of the code; any difference and nothing is reused.
 *
 * <p>The cache lives in the user's cache folder, never beside the library unless asked. A
 * cache file that cannot be read (damaged, half-written, from another checker) is ignored and
 * replaced; it is written under a temporary name and moved into place, so concurrent runs never
 * see half a file, and the last to finish wins.
 *
 * @since 0.2
 */
public final class ValidationCache {
    private final Path folder;
    private final String checker;
    private Reuse last = new Reuse(0, 0);

    ValidationCache(Path folder, String programVersion, String schemas) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.checker = programVersion + "\n" + schemas + "\n" + codeStamp();
    }

    /**
     * A cache in this folder for this program version, keyed also by the bundled schemas.
     *
     * @param folder where cache files go (created when first written)
     * @param programVersion the version of the program checking, e.g. {@code securebase 0.1.0}
     */
    public static ValidationCache in(Path folder, String programVersion) {
        return new ValidationCache(folder, programVersion, schemasHash());
    }

    /**
     * The user's cache folder for SecureBase: {@code $XDG_CACHE_HOME/securebase}, else
     * {@code ~/.cache/securebase}.
     *
     * @param environment the process environment
     * @param home the user's home folder
     */
    public static Path userFolder(Map<String, String> environment, Path home) {
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("securebase");
        }
        return home.resolve(".cache").resolve("securebase");
    }

    /** The folder cache files go to. */
    public Path folder() {
        return folder;
    }

    /**
     * How the last check through this cache went.
     *
     * @param reused files whose kept result was used without validating them
     * @param validated files read and validated
     */
    public record Reuse(int reused, int validated) {
    }

    /** How the last check through this cache went. */
    public Reuse lastRun() {
        return last;
    }

    void record(Reuse reuse) {
        last = reuse;
    }

    /** Who checked: the cache file is used only by the same checker. */
    String checker() {
        return checker;
    }

    /** The cache file for a request: one per set of paths, so libraries do not evict each other. */
    Path fileFor(ContentLoader.Request request) {
        StringBuilder key = new StringBuilder();
        for (Path p : request.paths()) {
            key.append(p.toAbsolutePath().normalize()).append('\n');
        }
        return folder.resolve("validate-" + HexFormat.of().formatHex(sha256(key.toString().getBytes(StandardCharsets.UTF_8)), 0, 12)
                + ".cache");
    }

    /** SHA-256 of the bundled schemas, in their fixed order. */
    static String schemasHash() {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (String name : List.of("vignette.xsd", "quiz.xsd", "course.xsd")) {
                try (InputStream in = ValidationCache.class.getResourceAsStream("/org/securebase/scenarios/schema/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("schema " + name + " is missing from the classpath");
                    }
                    d.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (IOException e) {
            throw new IllegalStateException("the bundled schemas cannot be read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    /**
     * The build of the code checking: the size and time of the jar (or class file) it was loaded
     * from, so a rebuilt program with an unchanged version number does not reuse old results.
     */
    private static String codeStamp() {
        try {
            CodeSource source = ValidationCache.class.getProtectionDomain().getCodeSource();
            URL location = source == null ? null : source.getLocation();
            Path where = location == null ? null : Path.of(location.toURI());
            if (where != null && Files.isDirectory(where)) {
                where = where.resolve(ContentLoader.class.getName().replace('.', '/') + ".class");
            }
            return where == null || !Files.exists(where) ? "unknown build"
                    : where + " " + Files.size(where) + " " + Files.getLastModifiedTime(where).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown build";
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
