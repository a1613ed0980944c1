package org.securebase.badarch.export.a;

/** Breaks: a package cycle with export.b. */
public class First {
    public Object next() {
        return new org.securebase.badarch.export.b.Second();
    }
}
