package org.securebase.badarch.export.b;

/** Breaks: a package cycle with export.a. */
public class Second {
    public Object previous() {
        return new org.securebase.badarch.export.a.First();
    }
}
