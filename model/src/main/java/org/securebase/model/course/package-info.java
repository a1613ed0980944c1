/**
 * Courses: what a continuing-education certificate shows (sponsor, approval, credits,
 * instructor, dates, location, delivery) and the blueprint whose quiz decides completion.
 *
 * <p>Depends on the JDK and {@code org.securebase.model}.
 */
package org.securebase.model.course;
