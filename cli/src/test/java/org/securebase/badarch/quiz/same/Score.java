package org.securebase.badarch.quiz.same;

/** Breaks: its simple name is also a type's in export.same. */
public class Score {
}
