package org.securebase.badarch.cli.commands;

/** Breaks: a command uses a store type, writes a workbook with POI and calls another command. */
@picocli.CommandLine.Command(name = "reading")
public class ReadingCommand {
    public int attempts() {
        return new org.securebase.badarch.quiz.store.Store().attempts();
    }

    public Object workbook() {
        return new org.apache.poi.xssf.usermodel.XSSFWorkbook();
    }

    public String other() {
        return new OtherCommand().name();
    }
}
