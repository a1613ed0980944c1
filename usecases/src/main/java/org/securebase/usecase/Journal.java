package org.securebase.usecase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The journal of a certificate batch: a hidden file beside the output folder naming the
 * certificate numbers of a run, written before any is recorded in the store and removed once
 * the folder is in place. A journal left behind means a run was interrupted; the next run into
 * the same folder reads it to find the certificates recorded but never delivered.
 */
final class Journal {
    private final Path folder;
    private final Path file;

    /** @param folder the batch's output folder (absolute) */
    Journal(Path folder) {
        this.folder = folder;
        this.file = folder.resolveSibling("." + folder.getFileName() + ".issuing");
    }

    /** @return the numbers an interrupted run was issuing; empty when none was interrupted */
    Set<String> numbers() throws IOException {
        if (!Files.isRegularFile(file)) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    /** @return whether the output folder holds the PDF of the certificate numbered so */
    boolean holds(String number) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith(number + "-"));
        }
    }

    /** Notes the numbers of a run (with those of an interrupted run not yet delivered). */
    void start(List<String> numbers) throws IOException {
        Set<String> all = new LinkedHashSet<>(numbers());
        all.addAll(numbers);
        Path temp = Files.createTempFile(folder.getParent(), file.getFileName().toString(), ".part");
        Files.write(temp, all, StandardCharsets.UTF_8);
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The run's folder is in place: the journal goes. */
    void finish() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * Removes what an interrupted run left beside the folder: the hidden temporary folders
     * ({@code .NAME.*}) and temporary journal files; the journal itself stays until the
     * certificates it names are delivered.
     */
    void cleanLeftovers() throws IOException {
        Path parent = folder.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String prefix = "." + folder.getFileName() + ".";
        List<Path> leftovers;
        try (Stream<Path> siblings = Files.list(parent)) {
            leftovers = siblings.filter(p -> p.getFileName().toString().startsWith(prefix) && !p.equals(file))
                    .toList();
        }
        for (Path leftover : leftovers) {
            try (Stream<Path> tree = Files.walk(leftover)) {
                for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
