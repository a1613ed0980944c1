package org.securebase.quiz.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.securebase.model.Checks;
import org.securebase.model.DomainException;
import org.securebase.model.ModelException;
import org.securebase.model.person.PersonName;
import org.securebase.model.question.QuestionLayout;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.results.CollectedAttempt;
import org.securebase.quiz.results.Notation;
import org.securebase.quiz.results.CollectedAttempts;
import org.securebase.quiz.results.FrozenQuizzes;
import org.securebase.quiz.results.VariantCodes;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.InvalidAnswerException;
import org.securebase.quiz.store.AttemptLimitReached;
import org.securebase.quiz.store.AttemptSource;
import org.securebase.quiz.store.RegisteredTrainee;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.variant.Variant;

/**
 * Imports a response sheet (docs/import.md): a UTF-8 CSV file with a header row and one row per
 * answer, naming the quiz, the trainee, the variant code printed on their handout, the question
 * and the answer in that variant's letters. Rows of one trainee make one attempt.
 *
 * <p>The sheet is read twice, streaming, so its size is bounded by the disk, not the heap. The
 * first pass checks every row and keeps per trainee only their details, variant code, the line
 * of each question they answer and how many rows they have; every bad row is reported with its
 * line and reason. Only a sheet without problems is read again and recorded, with its trainees,
 * in one transaction, each trainee's attempt as soon as their last row is read: an import stores
 * every attempt or none, and the attempt limit is checked inside that transaction (decision 0071).
 *
 * @since 0.1
 */
public final class ResponseImport {
    /** Columns every sheet must have. */
    public static final List<String> REQUIRED = List.of("quiz", "trainee", "name", "variant", "question", "answer");
    /** Columns a sheet may add. */
    public static final List<String> OPTIONAL = List.of("email", "licence", "jurisdiction", "submitted", "text");

    private final FrozenQuizzes quizzes;
    private final CollectedAttempts collected;
    private final Clock clock;

    /**
     * @param store where the attempts are recorded; the caller closes it
     * @param clock the submission time of a sheet's attempts that give none
     */
    public ResponseImport(ResultStore store, Clock clock) {
        this.quizzes = new FrozenQuizzes(store);
        this.collected = new CollectedAttempts(store);
        this.clock = Checks.present(clock, "clock");
    }

    /**
     * Imports a sheet given as bytes, which must be UTF-8.
     *
     * @param quizId the quiz the sheet answers, which must be stored
     * @param utf8 the file's bytes
     * @return what was imported, or every problem
     * @throws org.securebase.quiz.store.StoreException (refused) when the quiz is unknown
     */
    public ImportOutcome run(String quizId, byte[] utf8) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(utf8);
        CharBuffer out = CharBuffer.allocate(utf8.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (utf8[i] == '\n') {
                    line++;
                }
            }
            quizzes.require(quizId);
            return new ImportOutcome.Rejected(List.of(new RowProblem(line, "the file is not UTF-8 text (byte "
                    + (in.position() + 1) + "); save it as CSV UTF-8")));
        }
        out.flip();
        return run(quizId, out.toString());
    }

    /** Where a sheet's text is read from; opened once per pass. */
    private interface Source {
        Reader open() throws IOException;
    }

    /**
     * Imports a sheet from a file, streaming it: the file is read record by record, so its size
     * is bounded by the disk, not the heap; what is kept is each trainee's parsed answers.
     *
     * @param quizId the quiz the sheet answers, which must be stored
     * @param file the sheet, which must be UTF-8
     * @return what was imported, or every problem
     * @throws IOException when the file cannot be read
     * @throws org.securebase.quiz.store.StoreException (refused) when the quiz is unknown
     * @since 0.3
     */
    public ImportOutcome run(String quizId, Path file) throws IOException {
        Quiz quiz = quizzes.require(quizId);
        try {
            return run(quiz, () -> new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                return new ImportOutcome.Rejected(List.of(notUtf8(file)));
            }
            throw e.getCause();
        }
    }

    /** Where the first byte that is not UTF-8 is, found again by decoding the file in chunks. */
    private static RowProblem notUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        long consumed = 0;
        int line = 1;
        try (var channel = Files.newByteChannel(file)) {
            boolean eof = false;
            while (true) {
                if (!eof && channel.read(in) < 0) {
                    eof = true;
                }
                in.flip();
                int before = in.position();
                CoderResult r = decoder.decode(in, out, eof);
                for (int i = before; i < in.position(); i++) {
                    if (in.get(i) == '\n') {
                        line++;
                    }
                }
                consumed += in.position() - before;
                if (r.isError()) {
                    break;
                }
                out.clear();
                in.compact();
                if (eof && !r.isOverflow()) {
                    break;
                }
            }
        }
        return new RowProblem(line, "the file is not UTF-8 text (byte " + (consumed + 1) + "); save it as CSV UTF-8");
    }

    /**
     * Imports a sheet given as text.
     *
     * @param quizId the quiz the sheet answers, which must be stored
     * @param text the file's text
     * @return what was imported, or every problem
     * @throws org.securebase.quiz.store.StoreException (refused) when the quiz is unknown
     */
    public ImportOutcome run(String quizId, String text) {
        Quiz quiz = quizzes.require(quizId);
        try {
            return run(quiz, () -> new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportOutcome run(Quiz quiz, Source source) throws IOException {
        List<RowProblem> problems = new ArrayList<>();
        Sheet sheet;
        try (Reader in = source.open()) {
            sheet = check(quiz, Csv.records(in), problems);
        }
        if (!problems.isEmpty()) {
            return new ImportOutcome.Rejected(problems);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try {
            int recorded = collected.record(quiz, AttemptSource.IMPORT, "import " + sheet.candidates.size()
                    + " attempts into quiz " + quiz.id(), batch -> {
                        try (Reader in = source.open()) {
                            return sheet.record(Csv.records(in), batch, now);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            return new ImportOutcome.Imported(recorded, sheet.rows);
        } catch (AttemptLimitReached e) {
            Candidate c = sheet.candidates.get(e.traineeId());
            return reject(c == null ? 1 : c.line, "trainee " + e.traineeId() + " has used all " + e.maxAttempts()
                    + " attempt(s) allowed at quiz " + quiz.id() + "; nothing was stored");
        }
    }

    /**
     * The first pass: every row checked, every problem added to {@code problems}; the sheet with
     * its trainees, or null when it has no usable header.
     */
    private Sheet check(Quiz quiz, Iterator<Csv.Record> records, List<RowProblem> problems) {
        if (!records.hasNext()) {
            problems.add(new RowProblem(1, "the file is empty; its first line must be the header "
                    + String.join(",", REQUIRED)));
            return null;
        }
        Map<String, Integer> columns = header(records.next(), problems);
        if (!problems.isEmpty()) {
            records.forEachRemaining(x -> {
                if (x instanceof Csv.Malformed m) {
                    problems.add(new RowProblem(m.line(), m.reason()));
                }
            });
            return null;
        }
        Sheet sheet = new Sheet(quiz, columns, problems);
        boolean rows = records.hasNext();
        records.forEachRemaining(sheet::add);
        if (!rows) {
            problems.add(new RowProblem(1, "the file has a header but no responses"));
        }
        return sheet;
    }

    private static ImportOutcome reject(int line, String reason) {
        return new ImportOutcome.Rejected(List.of(new RowProblem(line, reason)));
    }

    private static Map<String, Integer> header(Csv.Record first, List<RowProblem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        if (first instanceof Csv.Malformed m) {
            problems.add(new RowProblem(m.line(), "the header is not valid CSV: " + m.reason()));
            return columns;
        }
        List<String> names = ((Csv.Row) first).fields();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.equals("license")) {
                name = "licence";
            }
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                problems.add(new RowProblem(first.line(), "unknown column '" + names.get(i) + "'; the columns are "
                        + String.join(", ", REQUIRED) + " and optionally " + String.join(", ", OPTIONAL)));
            } else if (columns.put(name, i) != null) {
                problems.add(new RowProblem(first.line(), "the column '" + name + "' appears twice"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(new RowProblem(first.line(), "the header has no column '" + required + "'; the header must name "
                        + String.join(", ", REQUIRED) + " (in any order)"));
            }
        }
        return columns;
    }

    /**
     * One trainee's attempt as the first pass finds it: who, the variant code, when, the line of
     * each question answered (by the question's place in the quiz) and how many rows, but not the
     * answers, which the second pass reads again.
     */
    private static final class Candidate {
        private final int line;
        private final RegisteredTrainee trainee;
        private final String code;
        private final boolean variantKnown;
        private final Instant submitted;
        private final int[] questionLines;
        private int rows;

        Candidate(int line, RegisteredTrainee trainee, String code, boolean variantKnown, Instant submitted, int questions) {
            this.line = line;
            this.trainee = trainee;
            this.code = code;
            this.variantKnown = variantKnown;
            this.submitted = submitted;
            this.questionLines = new int[questions];
        }
    }

    /** A trainee's answers read by the second pass, until their last row. */
    private static final class Pending {
        private final Map<QuestionRef, Answer> answers = new LinkedHashMap<>();
        private int rows;
    }

    /** The rows read so far, grouped into attempts, and the problems found. */
    private final class Sheet {
        private final Quiz quiz;
        private final Map<String, Integer> columns;
        private final List<RowProblem> problems;
        private final Map<String, Candidate> candidates = new LinkedHashMap<>();
        private final Map<QuestionRef, Integer> places = new HashMap<>();
        private final Variants variants;
        private int rows;

        Sheet(Quiz quiz, Map<String, Integer> columns, List<RowProblem> problems) {
            this.quiz = quiz;
            this.columns = columns;
            this.problems = problems;
            this.variants = new Variants(quiz);
            for (QuestionRef ref : quiz.refs()) {
                places.put(ref, places.size());
            }
        }

        /**
         * The second pass over a sheet the first found sound: each trainee's answers gathered and
         * their attempt recorded as soon as their last row is read.
         *
         * @return how many attempts were recorded
         */
        int record(Iterator<Csv.Record> records, CollectedAttempts.Batch batch, Instant now) {
            Map<String, Pending> pending = new HashMap<>();
            int recorded = 0;
            records.next();
            while (records.hasNext()) {
                Csv.Record record = records.next();
                Candidate c = record instanceof Csv.Row r ? candidates.get(get(r, "trainee")) : null;
                if (c == null || !(record instanceof Csv.Row row) || row.fields().size() != columns.size()) {
                    throw changed(record.line());
                }
                String id = c.trainee.id();
                Pending p = pending.computeIfAbsent(id, k -> new Pending());
                String answer = get(row, "answer");
                String text = written(row);
                Variant variant = variants.of(id, c.code).orElseThrow();
                if (!answer.isEmpty() || !text.isEmpty()) {
                    QuestionRef ref = QuestionRef.parse(get(row, "question"));
                    p.answers.put(ref, Notation.read(text.isEmpty() ? answer : text, quiz.question(ref).question(), ref,
                            variant));
                }
                if (++p.rows == c.rows) {
                    pending.remove(id);
                    batch.saveTrainee(c.trainee);
                    batch.add(new CollectedAttempt(id, variant, p.answers, c.submitted == null ? now : c.submitted));
                    recorded++;
                }
            }
            if (!pending.isEmpty() || recorded != candidates.size()) {
                throw changed(1);
            }
            return recorded;
        }

        /** The second pass read other rows than the first: the file changed in between. */
        private ModelException changed(int line) {
            return new ModelException("the file changed while it was imported (line " + line + " differs from the"
                    + " first reading); nothing was stored; import it again once it is complete");
        }

        void add(Csv.Record record) {
            if (record instanceof Csv.Malformed m) {
                problem(m.line(), "malformed CSV: " + m.reason());
                return;
            }
            Csv.Row row = (Csv.Row) record;
            int line = row.line();
            if (row.fields().size() != columns.size()) {
                problem(line, "has " + row.fields().size() + " fields but the header has " + columns.size()
                        + "; quote fields that hold commas");
                return;
            }
            rows++;
            String quizId = get(row, "quiz");
            if (!quizId.equals(quiz.id())) {
                problem(line, quizId.isEmpty() ? "no quiz; every row names quiz " + quiz.id()
                        : "unknown quiz '" + Csv.excerpt(quizId) + "': this import is for quiz " + quiz.id());
                return;
            }
            Candidate c = candidate(row);
            if (c == null) {
                return;
            }
            String text = get(row, "question");
            QuestionRef ref;
            try {
                ref = QuestionRef.parse(text);
            } catch (DomainException e) {
                problem(line, "unknown question '" + Csv.excerpt(text) + "': write it as vignette-id#question-id");
                return;
            }
            if (!quiz.asks(ref)) {
                problem(line, "unknown question " + ref + ": quiz " + quiz.id() + " does not ask it");
                return;
            }
            int place = places.get(ref);
            int earlier = c.questionLines[place];
            if (earlier != 0) {
                problem(line, "duplicate row: trainee " + c.trainee.id() + "'s answer to " + ref + " is already on line "
                        + earlier);
                return;
            }
            c.questionLines[place] = line;
            c.rows++;
            String answer = get(row, "answer");
            String written = written(row);
            boolean open = QuestionLayout.openResponse(quiz.question(ref).question()).isPresent();
            if (!written.isEmpty() && !open) {
                problem(line, "a text answer is for an open-response question, and " + ref + " is not one: give its"
                        + " answer in the answer column");
                return;
            }
            if (!written.isEmpty() && !answer.isEmpty()) {
                problem(line, "the answer to " + ref + " is in both the answer and the text column: give it in one");
                return;
            }
            if ((answer.isEmpty() && written.isEmpty()) || !c.variantKnown) {
                return;
            }
            if (open) {
                try {
                    Notation.read(written.isEmpty() ? answer : written, quiz.question(ref).question(), ref,
                            variants.of(c.trainee.id(), c.code).orElseThrow());
                } catch (InvalidAnswerException | ModelException e) {
                    problem(line, "the written answer to " + ref + " does not fit: " + e.getMessage());
                }
                return;
            }
            try {
                Notation.read(answer, quiz.question(ref).question(), ref, variants.of(c.trainee.id(), c.code).orElseThrow());
            } catch (InvalidAnswerException | ModelException e) {
                problem(line, "answer '" + Csv.excerpt(answer) + "' to " + ref + " is not among the options of variant " + c.code
                        + ": " + e.getMessage());
            }
        }

        /** The trainee's attempt this row belongs to; null when the row cannot be placed. */
        private Candidate candidate(Csv.Row row) {
            int line = row.line();
            String id = get(row, "trainee");
            String code = get(row, "variant").toUpperCase(Locale.ROOT);
            RegisteredTrainee trainee;
            try {
                RegisteredTrainee given = new RegisteredTrainee(id, get(row, "name"), get(row, "email"), get(row, "licence"),
                        get(row, "jurisdiction"));
                trainee = new RegisteredTrainee(id, PersonName.of(given.name()).value(), given.email(), given.licenceNumber(),
                        given.jurisdiction());
            } catch (ModelException e) {
                problem(line, "trainee: " + e.getMessage());
                return null;
            }
            Instant submitted;
            try {
                submitted = time(get(row, "submitted"));
            } catch (DateTimeParseException e) {
                problem(line, "submitted '" + Csv.excerpt(get(row, "submitted")) + "' is not a time; write 2026-03-02T10:15:00Z,"
                        + " 2026-03-02T10:15:00+01:00 or 2026-03-02");
                return null;
            }
            Candidate c = candidates.get(id);
            if (c == null) {
                Optional<Variant> variant = code.isEmpty() ? Optional.empty() : variants.of(id, code);
                if (variant.isEmpty()) {
                    problem(line, code.isEmpty() ? "no variant; copy the code printed on the trainee's handout"
                            : "unknown variant '" + Csv.excerpt(code) + "' for quiz " + quiz.id() + ": it is neither trainee " + id
                            + "'s own nor printed on handouts 1 to " + VariantCodes.HANDOUTS_SEARCHED
                            + "; copy the code printed on the handout");
                }
                c = new Candidate(line, trainee, code, variant.isPresent(), submitted, places.size());
                candidates.put(id, c);
                return c;
            }
            String differs = differs(c, trainee, code, submitted);
            if (differs != null) {
                problem(line, "trainee " + id + " has " + differs + " here than on line " + c.line
                        + "; one trainee's rows must agree");
                return null;
            }
            return c;
        }

        private String get(Csv.Row row, String column) {
            Integer i = columns.get(column);
            return i == null ? "" : row.fields().get(i).strip();
        }

        /**
         * The written answer of the {@code text} column, kept as typed (line breaks as {@code \n});
         * empty when the column is absent or holds only blanks.
         */
        private String written(Csv.Row row) {
            Integer i = columns.get("text");
            String text = i == null ? "" : row.fields().get(i).replace("\r\n", "\n").replace('\r', '\n');
            return text.isBlank() ? "" : text;
        }

        private void problem(int line, String reason) {
            problems.add(new RowProblem(line, reason));
        }
    }

    /**
     * The variant a trainee's code names, found without holding one variant per trainee: the
     * handouts' variants (at most {@link VariantCodes#HANDOUTS_SEARCHED}) are kept by code, and
     * the trainees' own variants only for the last few trainees read (a sheet keeps a trainee's
     * rows together).
     */
    private static final class Variants {
        private static final int OWN_KEPT = 64;
        private final Quiz quiz;
        private final Map<String, Optional<Variant>> handouts = new HashMap<>();
        private final Map<String, Variant> own = new LinkedHashMap<>(OWN_KEPT * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Variant> eldest) {
                return size() > OWN_KEPT;
            }
        };

        Variants(Quiz quiz) {
            this.quiz = quiz;
        }

        Optional<Variant> of(String traineeId, String code) {
            Variant theirs = own.computeIfAbsent(traineeId, id -> Variant.forTrainee(quiz, id));
            String wanted = code.strip().toUpperCase(Locale.ROOT);
            if (theirs.code().equals(wanted)) {
                return Optional.of(theirs);
            }
            return handouts.computeIfAbsent(wanted, k -> VariantCodes.find(quiz, traineeId, k));
        }
    }

    private static String differs(Candidate c, RegisteredTrainee t, String code, Instant submitted) {
        if (!c.trainee.name().equals(t.name())) {
            return "another name ('" + t.name() + "', not '" + c.trainee.name() + "')";
        }
        if (!Objects.equals(c.trainee, t)) {
            return "other details (email, licence or jurisdiction)";
        }
        if (!c.code.equals(code)) {
            return "another variant (" + code + ", not " + c.code + ")";
        }
        if (!Objects.equals(c.submitted, submitted)) {
            return "another submission time";
        }
        return null;
    }

    private static Instant time(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.MILLIS);
    }
}
