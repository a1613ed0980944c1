package org.securebase.badarch.usecase;

/** Breaks: the use cases depend on no interface. */
public class UseCaseCallingTheCli {
    public Object cli() {
        return new org.securebase.badarch.cli.Command();
    }
}
