package org.securebase.usecase;

import org.securebase.model.Checks;
import org.securebase.quiz.store.ServerRoles;
import org.securebase.quiz.store.StoreLocation;

/**
 * The SQL creating the least-privilege roles of a store on PostgreSQL (a delivery role and an
 * instructor role, {@link ServerRoles}), for the database {@code --db} names. It connects to
 * nothing: the database's owner runs the SQL with psql.
 *
 * @since 0.5
 */
public final class DatabaseRoles {
    private final Workspace workspace;

    /** @param workspace names the database */
    public DatabaseRoles(Workspace workspace) {
        this.workspace = Checks.present(workspace, "workspace");
    }

    /**
     * @param delivery the delivery role's name
     * @param instructor the instructor role's name
     * @return the SQL
     * @throws Refusal when the store is an SQLite file, which has no roles
     */
    public String sql(String delivery, String instructor) {
        if (!(workspace.location() instanceof StoreLocation.Server server)) {
            throw new Refusal("db roles is for a store on PostgreSQL (an SQLite file has no roles: keep it owner-only);"
                    + " name the database with --db postgresql://HOST[:PORT]/DB?user=U (nothing is connected to)");
        }
        return ServerRoles.sql(server.database(), delivery, instructor);
    }
}
