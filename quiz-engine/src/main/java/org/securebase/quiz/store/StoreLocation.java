package org.securebase.quiz.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a result store lives, as {@code --db} or {@code SECUREBASE_DB} names it: an SQLite file
 * (any text that is not a URL), or a database on a PostgreSQL server
 * ({@code postgresql://HOST[:PORT]/DB?user=U}). A password is never part of a location: it
 * comes from {@code PGPASSWORD} or the user's pgpass file ({@link Pgpass}), so it appears in no
 * command line, shell history or process list.
 *
 * @since 0.4
 */
public sealed interface StoreLocation {
    /** The port PostgreSQL listens on unless told otherwise. */
    int DEFAULT_PORT = 5432;

    /**
     * Reads a location.
     *
     * @param text a file name, or a {@code postgresql://} URL
     * @param environment the environment ({@code PGUSER} is the user when the URL names none)
     * @return the location
     * @throws StoreException of kind {@link StoreException.Kind#REFUSED} when a URL is malformed or holds a password
     */
    static StoreLocation parse(String text, Map<String, String> environment) {
        if (text == null || text.isBlank()) {
            throw StoreException.refused("the database is empty: give a file name or postgresql://HOST[:PORT]/DB?user=U");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            return Server.parse(text, environment);
        }
        if (lower.startsWith("jdbc:")) {
            throw StoreException.refused("'" + text + "' is a JDBC URL; give postgresql://HOST[:PORT]/DB?user=U instead");
        }
        return new Embedded(Path.of(text));
    }

    /** @return the location as a person reads it: the file, or the URL without any secret */
    String describe();

    /**
     * An SQLite file on this machine.
     *
     * @param file the store file
     */
    record Embedded(Path file) implements StoreLocation {
        /** Checks and normalises the file name. */
        public Embedded {
            if (file == null) {
                throw new IllegalArgumentException("the store file is missing");
            }
            file = file.toAbsolutePath().normalize();
        }

        @Override
        public String describe() {
            return file.toString();
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    /**
     * A database on a PostgreSQL server, reached over TCP as one user.
     *
     * @param host the server's host name or address
     * @param port its port
     * @param database the database's name
     * @param user the role to log in as
     */
    record Server(String host, int port, String database, String user) implements StoreLocation {
        /** Checks each part. */
        public Server {
            host = required(host, "host");
            database = required(database, "database name");
            user = required(user, "user");
            if (port < 1 || port > 65_535) {
                throw StoreException.refused("the PostgreSQL port must be 1 to 65535, was " + port);
            }
        }

        private static String required(String value, String what) {
            if (value == null || value.isBlank()) {
                throw StoreException.refused("the PostgreSQL URL names no " + what
                        + "; write postgresql://HOST[:PORT]/DB?user=U");
            }
            if (value.chars().anyMatch(Character::isISOControl)) {
                throw StoreException.refused("the PostgreSQL " + what + " holds a control character");
            }
            return value;
        }

        static Server parse(String text, Map<String, String> environment) {
            String rest = text.substring(text.indexOf("://") + 3);
            String query = "";
            int q = rest.indexOf('?');
            if (q >= 0) {
                query = rest.substring(q + 1);
                rest = rest.substring(0, q);
            }
            int slash = rest.indexOf('/');
            if (slash < 0) {
                throw StoreException.refused("'" + text + "' names no database; write postgresql://HOST[:PORT]/DB?user=U");
            }
            String authority = rest.substring(0, slash);
            String database = decode(rest.substring(slash + 1));
            String user = null;
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                String userInfo = authority.substring(0, at);
                if (userInfo.contains(":")) {
                    throw noPassword();
                }
                user = decode(userInfo);
                authority = authority.substring(at + 1);
            }
            String host = authority;
            int port = DEFAULT_PORT;
            int colon = authority.startsWith("[") ? authority.indexOf(':', authority.indexOf(']')) : authority.lastIndexOf(':');
            if (colon >= 0) {
                host = authority.substring(0, colon);
                String digits = authority.substring(colon + 1);
                if (!digits.matches("[0-9]{1,5}")) {
                    throw StoreException.refused("the port in '" + text + "' is not a number: '" + digits + "'");
                }
                port = Integer.parseInt(digits);
            }
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (key.equals("password")) {
                    throw noPassword();
                }
                if (!key.equals("user")) {
                    throw StoreException.refused("unknown setting '" + key + "' in the PostgreSQL URL; only user= is read");
                }
                user = value;
            }
            if (user == null) {
                user = Optional.ofNullable(environment.get("PGUSER")).orElse(System.getProperty("user.name"));
            }
            return new Server(host, port, database, user);
        }

        private static StoreException noPassword() {
            return StoreException.refused("a password does not belong on the command line, where others can read it;"
                    + " remove it from the URL and set PGPASSWORD or add a line to your pgpass file (~/.pgpass)");
        }

        private static String decode(String part) {
            return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
        }

        /** @return the URL pgjdbc connects to */
        String jdbcUrl() {
            String h = host.contains(":") ? "[" + host + "]" : host;
            return "jdbc:postgresql://" + h + ":" + port + "/" + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8);
        }

        @Override
        public String describe() {
            String h = host.contains(":") ? "[" + host + "]" : host;
            return "postgresql://" + h + ":" + port + "/" + database + "?user=" + user;
        }

        @Override
        public String toString() {
            return describe();
        }
    }
}
