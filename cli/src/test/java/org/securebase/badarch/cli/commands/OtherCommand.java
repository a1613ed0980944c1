package org.securebase.badarch.cli.commands;

/** The command another command of the bad class set calls. */
@picocli.CommandLine.Command(name = "other")
public class OtherCommand {
    public String name() {
        return "other";
    }
}
