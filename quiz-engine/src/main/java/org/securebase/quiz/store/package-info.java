/**
 * The result store: trainees, frozen quizzes, attempts with their responses and marks,
 * rescoring audit records, ratings of open answers with their audit, and issued certificates, kept in one
 * embedded SQLite file or in one database on a PostgreSQL server ({@code StoreLocation}).
 *
 * <p>The store is agnostic of engine types: it keeps quizzes, answers and keys as opaque text
 * and scores as plain numbers, so an adapter connects it to assembly and scoring. It may use
 * the JDK, JDBC with the SQLite driver and (for PostgreSQL) HikariCP, and {@code org.securebase.model} value types
 * ({@code QuestionRef}, {@code Checks}); nothing else. SQLite-only statements live in
 * {@code Sqlite}, what differs between the databases behind {@code Dialect}; every other
 * statement is portable SQL.
 *
 * @since 0.1
 */
package org.securebase.quiz.store;
