/**
 * Simulated trainees for scale tests, benchmarks and demonstrations: a cohort of a given size
 * answers a quiz under a documented ability model (Rasch), reproducibly from a seed.
 *
 * A cohort is recorded as results through the same rules as an import ({@code
 * org.securebase.quiz.results.CollectedAttempts}, which the use case {@code RecordCohort} calls),
 * never by a path of its own.
 *
 * <p>Depends on the JDK, {@code org.securebase.model..} and {@code org.securebase.quiz.assembly},
 * {@code .variant}, {@code .scoring} and {@code .delivery}.
 */
package org.securebase.quiz.simulate;
