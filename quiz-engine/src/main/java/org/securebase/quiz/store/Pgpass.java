package org.securebase.quiz.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The password for a PostgreSQL login, found as libpq finds it: {@code PGPASSWORD}, else the
 * first matching line of the password file ({@code PGPASSFILE}, else {@code ~/.pgpass}). A line
 * is {@code hostname:port:database:username:password}; a field of {@code *} matches anything,
 * {@code \:} and {@code \\} stand for {@code :} and {@code \}, lines starting with {@code #} are
 * comments. Where libpq ignores a file that its group or others may read, this refuses it with
 * a message saying how to fix it, rather than fail later on a login without a password.
 *
 * @see <a href="https://www.postgresql.org/docs/current/libpq-pgpass.html">libpq: The Password File</a>
 */
final class Pgpass {
    private static final Set<PosixFilePermission> SHARED = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private Pgpass() {
    }

    /**
     * @param server where to log in
     * @param environment the environment ({@code PGPASSWORD}, {@code PGPASSFILE}, {@code HOME})
     * @return the password, or empty when none is given (the server may not ask for one)
     * @throws StoreException when the password file can be read by others or cannot be read
     */
    static Optional<String> password(StoreLocation.Server server, Map<String, String> environment) {
        String given = environment.get("PGPASSWORD");
        if (given != null && !given.isEmpty()) {
            return Optional.of(given);
        }
        Path file = file(environment);
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        requireOwnerOnly(file);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.UNAVAILABLE, "cannot read the password file " + file + ": "
                    + e.getMessage(), e);
        }
        String port = Integer.toString(server.port());
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() < 5) {
                continue;
            }
            if (matches(fields.get(0), server.host()) && matches(fields.get(1), port)
                    && matches(fields.get(2), server.database()) && matches(fields.get(3), server.user())) {
                return Optional.of(unescape(fields.get(4)));
            }
        }
        return Optional.empty();
    }

    private static Path file(Map<String, String> environment) {
        String named = environment.get("PGPASSFILE");
        if (named != null && !named.isEmpty()) {
            return Path.of(named);
        }
        String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
        return home == null ? null : Path.of(home, ".pgpass");
    }

    private static void requireOwnerOnly(Path file) {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(SHARED::contains)) {
                throw StoreException.refused("the password file " + file + " can be read or changed by others ("
                        + java.nio.file.attribute.PosixFilePermissions.toString(permissions)
                        + "); PostgreSQL's own tools ignore such a file. Make it yours alone: chmod 600 " + file);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.UNAVAILABLE, "cannot read the permissions of the password file "
                    + file + ": " + e.getMessage(), e);
        }
    }

    /** The fields of a line as written, split at the colons no backslash escapes (a password may hold more). */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                field.append(ch).append(line.charAt(++i));
            } else if (ch == ':' && out.size() < 4) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        out.add(field.toString());
        return out;
    }

    /** A field with its escapes undone: {@code \:} is {@code :}, {@code \\} is {@code \}. */
    static String unescape(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char ch = field.charAt(i);
            out.append(ch == '\\' && i + 1 < field.length() ? field.charAt(++i) : ch);
        }
        return out.toString();
    }

    /** A bare {@code *} matches anything; an escaped {@code \*} only a star. */
    private static boolean matches(String field, String value) {
        return field.equals("*") || unescape(field).equals(value);
    }
}
