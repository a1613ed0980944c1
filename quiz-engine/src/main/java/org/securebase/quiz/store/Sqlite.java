package org.securebase.quiz.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sqlite.SQLiteConfig;

/**
 * Everything that is particular to SQLite: opening the file (owner-only permissions, WAL,
 * {@code synchronous=NORMAL}, busy timeout, foreign keys), beginning transactions, online
 * backup, the integrity check, and turning SQLite's result codes into clear messages. Every
 * other class speaks portable SQL.
 */
final class Sqlite {
    /** How long SQLite itself waits for another writer before reporting SQLITE_BUSY. */
    static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_CONSTRAINT = 19;
    private static final int SQLITE_NOTADB = 26;

    private Sqlite() {
    }

    /**
     * Opens (creating when absent) the store file. A new file is created readable and writable
     * by its owner only before SQLite touches it; SQLite gives the WAL and shared-memory files
     * the same permissions.
     */
    static Connection open(Path file) {
        StoreFile.requireWhole(file);
        createOwnerOnly(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        } catch (SQLException e) {
            throw explain(file, "open the store", e);
        }
        return connection;
    }

    /** Puts the file in WAL mode (kept in the file; a no-op once set). */
    static void useWriteAheadLog(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode=WAL")) {
            rs.next();
        }
    }

    /** Whether POSIX permissions can be set where the file lives. */
    static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void createOwnerOnly(Path file) {
        if (Files.exists(file)) {
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (posix(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            // another process created it first: open theirs
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.UNAVAILABLE,
                    "cannot create the result store " + file + ": " + e.getMessage()
                            + "; check that the folder exists and that you may write to it", e);
        }
    }

    /** Begins a transaction: a write takes SQLite's write lock at once so it can never fail half-way on a lock. */
    static void begin(Connection connection, boolean write) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
        }
    }

    /** Copies the live database into a new file, consistently, while other connections use it. */
    static void vacuumInto(Connection connection, Path target) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("VACUUM INTO ?")) {
            s.setString(1, target.toString());
            s.execute();
        }
    }

    /** SQLite's {@code PRAGMA integrity_check} lines. */
    static List<String> integrityCheck(Connection connection) throws SQLException {
        return lines(connection, "PRAGMA integrity_check");
    }

    /** SQLite's {@code PRAGMA quick_check} lines: every page and record read, indexes not compared with their tables. */
    static List<String> quickCheck(Connection connection) throws SQLException {
        return lines(connection, "PRAGMA quick_check");
    }

    private static List<String> lines(Connection connection, String pragma) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(pragma)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines;
    }

    /** Whether the failure is another connection holding a lock: worth retrying. */
    static boolean isBusy(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                int code = sql.getErrorCode() & 0xff;
                if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
                    return true;
                }
            }
            String m = t.getMessage();
            if (m != null && (m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED"))) {
                return true;
            }
        }
        return false;
    }

    /** A clear message for a failure while doing {@code what} with the store {@code file}. */
    static StoreException explain(Path file, String what, SQLException e) {
        int code = e.getErrorCode() & 0xff;
        String sqlite = e.getMessage();
        String m = sqlite == null ? "" : sqlite.toLowerCase(Locale.ROOT);
        if (code == SQLITE_NOTADB || m.contains("not a database")) {
            return new StoreException(StoreException.Kind.INCOMPATIBLE, file + " is not a SecureBase result store:"
                    + " SQLite says the file is not a database. Choose another store file, or restore this one from a backup.", e);
        }
        if (code == SQLITE_CORRUPT || m.contains("malformed") || code == SQLITE_IOERR && m.contains("short read")) {
            return StoreFile.damaged(file, "SQLite found a damaged page while trying to " + what + " (" + sqlite + ")", e);
        }
        if (isBusy(e)) {
            return new StoreException(StoreException.Kind.UNAVAILABLE, "could not " + what + ": the result store " + file
                    + " stayed locked by another program for too long; nothing was changed, try again", e);
        }
        if (code == SQLITE_CANTOPEN) {
            return new StoreException(StoreException.Kind.UNAVAILABLE, "cannot open the result store " + file
                    + ": check that the folder exists and that you may read and write it", e);
        }
        if (code == SQLITE_READONLY) {
            return new StoreException(StoreException.Kind.UNAVAILABLE, "could not " + what + ": the result store " + file
                    + " is read-only for you", e);
        }
        if (code == SQLITE_FULL) {
            return new StoreException(StoreException.Kind.UNAVAILABLE, "could not " + what + ": the disk holding "
                    + file + " is full; nothing was changed", e);
        }
        if (code == SQLITE_CONSTRAINT) {
            return new StoreException(StoreException.Kind.REFUSED, "could not " + what + ": the store refused it ("
                    + sqlite + "); nothing was changed", e);
        }
        return new StoreException(StoreException.Kind.UNAVAILABLE, "could not " + what + " in the result store "
                + file + ": " + sqlite, e);
    }
}
