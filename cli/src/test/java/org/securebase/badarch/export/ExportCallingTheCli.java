package org.securebase.badarch.export;

/** Breaks: report-export depends on quiz-engine and model only. */
public class ExportCallingTheCli {
    public Object cli() {
        return new org.securebase.badarch.cli.Command();
    }
}
