package org.securebase.badarch.cli;

/** The CLI of the bad class set. */
public class Command {
    public String name() {
        return "bad";
    }
}
