/**
 * Grading open answers by people: ratings (a level per rubric criterion, by a named grader), the
 * documented resolution policy that turns ratings into a mark, and rater agreement (exact and
 * adjacent agreement, quadratic-weighted Cohen's kappa). Uses the model and the engine's scoring
 * types only; no storage, no terminal (decision 0110, docs/grading.md).
 */
package org.securebase.quiz.grading;
