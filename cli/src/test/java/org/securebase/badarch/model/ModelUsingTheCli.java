package org.securebase.badarch.model;

/** Breaks: model uses only the JDK; nothing depends on the CLI. */
public class ModelUsingTheCli {
    public Object cli() {
        return new org.securebase.badarch.cli.Command();
    }
}
