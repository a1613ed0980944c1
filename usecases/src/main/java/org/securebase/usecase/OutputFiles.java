package org.securebase.usecase;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes an output file or folder atomically: the content goes to a hidden temporary sibling,
 * which is moved over the target only when complete. An existing target is replaced only with
 * {@code --force}; a failure leaves the old target untouched and removes the temporary.
 *
 * @since 0.1
 */
public final class OutputFiles {
    /** Writes content to a path it is given. */
    @FunctionalInterface
    public interface Writer {
        /** Writes the whole output to {@code path}. */
        void write(Path path) throws IOException;
    }

    private OutputFiles() {
    }

    /** Writes one file atomically. */
    public static Path writeFile(Path target, boolean force, Writer writer) throws IOException {
        Path absolute = prepare(target, force);
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        try {
            writer.write(temp);
            move(temp, absolute);
            return absolute;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes several files as one output: every target is checked before any is written, every
     * one is written to its temporary name, and only when all are complete are they moved into
     * place, so a command's outputs appear together or not at all.
     *
     * @param force replace existing files
     * @param writers what to write into each target, in order
     * @return the targets written, in the same order
     * @throws IOException when one cannot be written; then none is moved into place
     */
    public static List<Path> writeFiles(boolean force, Map<Path, Writer> writers) throws IOException {
        Map<Path, Writer> targets = new LinkedHashMap<>();
        for (Map.Entry<Path, Writer> e : writers.entrySet()) {
            Path absolute = prepare(e.getKey(), force);
            if (Files.isDirectory(absolute)) {
                throw new Refusal(e.getKey() + " is a folder; give a file name");
            }
            if (targets.put(absolute, e.getValue()) != null) {
                throw new Refusal(e.getKey() + " is named twice; give each output its own name");
            }
        }
        Map<Path, Path> temps = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, Writer> e : targets.entrySet()) {
                Path absolute = e.getKey();
                Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
                temps.put(absolute, temp);
                e.getValue().write(temp);
            }
            for (Map.Entry<Path, Path> e : temps.entrySet()) {
                move(e.getValue(), e.getKey());
            }
            return List.copyOf(targets.keySet());
        } finally {
            for (Path temp : temps.values()) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Writes a folder of outputs atomically: the folder appears whole or not at all. */
    public static Path writeFolder(Path target, boolean force, Writer writer) throws IOException {
        Path absolute = prepare(target, force);
        Path temp = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".");
        try {
            writer.write(temp);
            if (Files.exists(absolute)) {
                Path old = absolute.resolveSibling("." + absolute.getFileName() + ".old");
                deleteTree(old);
                Files.move(absolute, old);
                Files.move(temp, absolute);
                deleteTree(old);
            } else {
                Files.move(temp, absolute);
            }
            return absolute;
        } finally {
            deleteTree(temp);
        }
    }

    private static Path prepare(Path target, boolean force) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !force) {
            throw new Refusal(target + " already exists; choose another name or add --force to replace it");
        }
        Path parent = absolute.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new Refusal("cannot create the folder " + parent + " (" + e.getMessage() + ")", e);
        }
        if (!Files.isWritable(parent)) {
            throw new Refusal("cannot write to " + parent + ": permission denied");
        }
        return absolute;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException | DirectoryNotEmptyException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
