/**
 * Simulated trainees for scale tests, benchmarks and demonstrations: a cohort of a given size
 * answers a quiz under a documented ability model (Rasch), reproducibly from a seed.
 *
 * <p>Depends on the JDK, {@code org.securebase.model..} and {@code org.securebase.quiz.assembly},
 * {@code .variant}, {@code .scoring}, {@code .delivery}, {@code .codec} and {@code .store}
 * (to hand the store what it records).
 */
package org.securebase.quiz.simulate;
