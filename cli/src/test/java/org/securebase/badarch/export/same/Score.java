package org.securebase.badarch.export.same;

/** Breaks: its simple name is also a type's in quiz.same. */
public class Score {
}
