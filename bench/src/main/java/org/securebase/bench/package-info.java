/**
 * JMH benchmarks of the kit's hot paths: loading and validating a vignette file, assembling a
 * quiz, scoring an attempt, item analysis, recording attempts, issuing a certificate and
 * streaming gradebook rows. Run by {@code java -jar bench/target/benchmarks.jar}, never by
 * {@code mvn verify}; see {@code docs/performance.md}.
 *
 * <p>Depends on JMH and every SecureBase module but the CLI (nothing depends on the CLI).
 */
package org.securebase.bench;
