package org.securebase.badarch.quiz.store;

/** The store of the bad class set, which commands must not use. */
public class Store {
    public int attempts() {
        return 0;
    }
}
