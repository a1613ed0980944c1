package org.securebase.usecase;

import java.util.List;
import java.util.Map;
import org.securebase.model.Checks;
import org.securebase.quiz.store.StoreCopy;
import org.securebase.quiz.store.StoreLocation;

/**
 * Moves a result store between an SQLite file and a PostgreSQL server (either way, or between
 * two of a kind): a laptop's store moving up to the provider's shared database, or a server's
 * store archived to a file. The copy is verified table by table; on any difference the target
 * is emptied again.
 *
 * @since 0.4
 */
public final class CopyStore {
    private final Map<String, String> environment;

    /** @param environment the environment, for a server's password ({@code PGPASSWORD}, pgpass) */
    public CopyStore(Map<String, String> environment) {
        this.environment = Map.copyOf(Checks.present(environment, "environment"));
    }

    /**
     * One table as verified on both sides.
     *
     * @param table the table's name
     * @param rows its rows on each side
     * @param digest its content digest (hex SHA-256) on each side
     */
    public record Table(String table, long rows, String digest) {
    }

    /**
     * What was copied.
     *
     * @param from the store copied, as a person reads it
     * @param to the store written, as a person reads it
     * @param tables every table, verified
     */
    public record Copied(String from, String to, List<Table> tables) {
        /** Copies the tables. */
        public Copied {
            tables = List.copyOf(tables);
        }

        /** @return the rows copied in all */
        public long rows() {
            return tables.stream().mapToLong(Table::rows).sum();
        }
    }

    /**
     * Copies every row of one store into another, empty one.
     *
     * @param from a file name or {@code postgresql://HOST[:PORT]/DB?user=U}
     * @param to the same, naming an empty or new store
     * @return each table with its row count and digest, equal on both sides
     */
    public Copied copy(String from, String to) {
        StoreLocation source = StoreLocation.parse(from, environment);
        StoreLocation target = StoreLocation.parse(to, environment);
        if (source instanceof StoreLocation.Embedded file && !java.nio.file.Files.isRegularFile(file.file())) {
            throw new Refusal("no database at " + file.file() + " to copy from");
        }
        List<Table> tables = StoreCopy.copy(source, target, environment).stream()
                .map(t -> new Table(t.table(), t.rows(), t.digest())).toList();
        return new Copied(source.describe(), target.describe(), tables);
    }
}
