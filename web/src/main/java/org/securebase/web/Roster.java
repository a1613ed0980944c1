package org.securebase.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who may join: trainee ids with their names (and optional e-mail and licence number), read
 * from a CSV file with a header line {@code id,name[,email,licence]}. Without a roster anyone
 * with the join code registers with their name.
 *
 * @param entries the trainees by id, in file order
 * @since 0.2
 */
public record Roster(Map<String, Joiner> entries) {
    /** Copies the entries. */
    public Roster {
        entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /**
     * Reads a roster file.
     *
     * @param file the CSV file
     * @return the roster
     * @throws IllegalArgumentException naming the file and line of the first problem
     */
    public static Roster read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the roster " + file + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty() || !lines.get(0).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).startsWith("id,name")) {
            throw new IllegalArgumentException(file + ":1: a roster starts with the header id,name[,email,licence]");
        }
        Map<String, Joiner> out = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length < 2 || f.length > 4 || f[0].isBlank() || f[1].isBlank()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": a roster line is id,name[,email,licence], was '"
                        + line + "'");
            }
            Joiner j = new Joiner(f[0].strip(), f[1].strip(), f.length > 2 ? f[2] : null, f.length > 3 ? f[3] : null);
            if (out.put(j.id(), j) != null) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": trainee id '" + j.id() + "' appears twice");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + ": the roster names no trainee");
        }
        return new Roster(out);
    }

    /** @return the trainee with this id, if listed */
    public Optional<Joiner> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(entries.get(id.strip()));
    }
}
