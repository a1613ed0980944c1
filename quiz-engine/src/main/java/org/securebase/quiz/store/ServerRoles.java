package org.securebase.quiz.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The SQL that creates the two PostgreSQL roles of a provider's shared store (docs/store.md,
 * "Roles on a shared database"): a delivery role for the machines trainees sit at, which may
 * register trainees, start attempts, record answers and submit them, and nothing else; and an
 * instructor role, which may read and change every table (rescore, grade, issue and revoke
 * certificates, erase trainees). Tables are created and upgraded by the database's owner.
 *
 * <p>What the grants cannot do: a delivery process scores a submission itself, so it reads the
 * quizzes (their questions and keys are one column) and the rescore records with the score
 * changes they made (the key in force, replayed);
 * and it writes an attempt's score columns when it submits, so a process that holds the role and
 * bypasses SecureBase could write any score there. The grants stop a delivery machine from
 * rescoring, grading, issuing or revoking certificates, erasing trainees, or reading
 * certificates, ratings and the erasure records. It may grant a trainee more time (the room's
 * dashboard runs in the delivery process), which is recorded per grant and never shortens a limit.
 *
 * @since 0.5
 */
public final class ServerRoles {
    /** A role name as PostgreSQL takes it unquoted: lower case, digits and underscores, at most 63. */
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** What the delivery role may do to each table it may touch; every other table it may not read. */
    static final List<String> DELIVERY_GRANTS = List.of(
            "SELECT ON schema_version",
            "SELECT ON quiz",
            "SELECT ON rescore",
            "SELECT ON rescore_attempt",
            "SELECT, INSERT, UPDATE (name, email, licence_number, jurisdiction) ON trainee",
            "SELECT, INSERT, UPDATE (submitted_at, score, max_score, percent, passed, counted, awaiting_grading,"
                    + " extra_minutes) ON attempt",
            "SELECT, INSERT ON time_extension",
            "SELECT, INSERT, UPDATE (answer, answered_at, late, mark) ON response");

    /** The tables the delivery role may not touch at all. */
    static final List<String> DELIVERY_DENIED = List.of("certificate", "rating", "rating_audit",
            "erasure");

    private ServerRoles() {
    }

    /**
     * @param database the database the roles work in
     * @param delivery the delivery role's name
     * @param instructor the instructor role's name
     * @return SQL to run as the database's owner (psql), creating both roles without passwords
     * @throws StoreException (refused) for a name PostgreSQL would need quoted
     */
    public static String sql(String database, String delivery, String instructor) {
        for (String name : List.of(database, delivery, instructor)) {
            if (name == null || !NAME.matcher(name).matches()) {
                throw StoreException.refused("'" + name + "' is not a plain PostgreSQL name: use lower-case letters,"
                        + " digits and underscores, at most 63, not starting with a digit");
            }
        }
        if (delivery.equals(instructor)) {
            throw StoreException.refused("the delivery and instructor roles must differ, both were " + delivery);
        }
        List<String> out = new ArrayList<>();
        out.add("-- Roles for the SecureBase store in database " + database + ". Run as the database's owner, e.g.");
        out.add("--   psql -d " + database + " -f roles.sql");
        out.add("-- after the owner has created the tables (any securebase command against the database does).");
        out.add("-- Then give each role a password: psql -d " + database + " -c '\\password " + delivery + "'");
        out.add("");
        out.add("CREATE ROLE " + delivery + " LOGIN;");
        out.add("CREATE ROLE " + instructor + " LOGIN;");
        out.add("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC;");
        out.add("REVOKE CREATE ON SCHEMA public FROM PUBLIC;");
        out.add("GRANT CONNECT ON DATABASE " + database + " TO " + delivery + ", " + instructor + ";");
        out.add("GRANT USAGE ON SCHEMA public TO " + delivery + ", " + instructor + ";");
        out.add("");
        out.add("-- delivery: register trainees, start attempts, record answers, submit; reads quizzes (with their keys)");
        out.add("-- and rescores to score a submission; no access to " + String.join(", ", DELIVERY_DENIED) + ".");
        for (String grant : DELIVERY_GRANTS) {
            out.add("GRANT " + grant + " TO " + delivery + ";");
        }
        out.add("");
        out.add("-- instructor: read and change every table (rescore, grade, certificates, revocation, erasure),");
        out.add("-- including tables a later SecureBase adds; the owner still creates and upgrades them.");
        out.add("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + instructor + ";");
        out.add("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "
                + instructor + ";");
        return String.join("\n", out) + "\n";
    }
}
