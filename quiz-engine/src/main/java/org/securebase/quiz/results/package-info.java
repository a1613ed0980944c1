/**
 * Results: the one service commands and exporters use to work with results. It joins the engine
 * (assembly, variants, delivery, scoring, item analysis, re-keying, the quiz codec) to the
 * engine-agnostic result store: it freezes and thaws quizzes, registers trainees, starts and
 * resumes sittings answer by answer, submits and scores them, applies the attempt policy,
 * analyses items, re-keys and voids, and replays the key changes kept in the audit records.
 * It also reads answers written under delivery letters ({@link
 * org.securebase.quiz.results.Notation}).
 *
 * <p>Depends on the JDK, {@code org.securebase.model..} and every other engine package
 * ({@code assembly}, {@code variant}, {@code scoring}, {@code delivery}, {@code analysis},
 * {@code rekey}, {@code codec}, {@code json}, {@code store}); only {@code importing} depends on it.
 *
 * @since 0.1
 */
package org.securebase.quiz.results;
