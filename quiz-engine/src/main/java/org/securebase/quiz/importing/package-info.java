/**
 * Importing responses collected elsewhere (paper handouts, a spreadsheet, another system): an
 * RFC 4180 CSV reader, the response sheet format (see docs/import.md), and the import that checks
 * every row, reports every bad one by line, and records all attempts or none.
 *
 * <p>Depends on the JDK, {@code org.securebase.model..}, {@code org.securebase.quiz.results} and
 * the engine packages it uses ({@code assembly}, {@code variant}, {@code scoring}, {@code delivery},
 * {@code store}).
 *
 * @since 0.1
 */
package org.securebase.quiz.importing;
