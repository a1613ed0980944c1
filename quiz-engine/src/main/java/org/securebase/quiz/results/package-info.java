/**
 * Results: the engine's use of the result store, one small class per reason to change. {@link
 * org.securebase.quiz.results.FrozenQuizzes} freezes and thaws quizzes (each thawed once), {@link
 * org.securebase.quiz.results.Registrations} keeps trainees, {@link
 * org.securebase.quiz.results.KeyInForce} replays the key changes of the audit records, {@link
 * org.securebase.quiz.results.Sittings} runs sittings answer by answer and submits them, {@link
 * org.securebase.quiz.results.CollectedAttempts} records whole attempts taken elsewhere, {@link
 * org.securebase.quiz.results.Counting} says which attempts count and holds the attempt limit the
 * store checks, {@link org.securebase.quiz.results.QuizResults} reads scored and counted attempts
 * and analyses items, and {@link org.securebase.quiz.results.KeyChanges} voids and re-keys. It
 * also reads answers written under delivery letters ({@link org.securebase.quiz.results.Notation})
 * and finds the variant a code names ({@link org.securebase.quiz.results.VariantCodes}). See
 * docs/decisions/0078.
 *
 * <p>Depends on the JDK, {@code org.securebase.model..} and every other engine package
 * ({@code assembly}, {@code variant}, {@code scoring}, {@code delivery}, {@code analysis},
 * {@code rekey}, {@code codec}, {@code json}, {@code store}); only {@code importing} depends on it.
 *
 * @since 0.1
 */
package org.securebase.quiz.results;
