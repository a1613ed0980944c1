package org.securebase.scenarios.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.UnmarshallerHandler;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.securebase.model.concept.ConceptCatalogue;
import org.securebase.scenarios.diagnostic.Located;
import org.securebase.scenarios.diagnostic.Position;
import org.securebase.scenarios.xml.Binding.CourseElement;
import org.securebase.scenarios.xml.Binding.QuizElement;
import org.securebase.scenarios.xml.Binding.VignetteElement;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads one vignette, quiz blueprint or course file, recognised by its root element's namespace:
 * parses it securely, validates it against the bundled schemas, binds it and maps it to the
 * model, reporting every problem of the file with its line and column. A file that is not
 * well-formed stops at its first fatal error; otherwise every schema problem is reported, and
 * when the schema is satisfied every semantic problem. Thread-safe: one instance serves
 * parallel reads.
 *
 * @since 0.1
 */
public final class XmlContent {
    /** Files larger than this are refused unread: no format needs more. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private static final String NOT_SECUREBASE =
            "not a SecureBase file: the root must be <vignette>, <quiz> or <course> in its SecureBase namespace";

    /**
     * One secure parser, schema validator and unmarshaller per thread, reused file after file:
     * setting them up costs more than reading a typical vignette. Each parse sets its own handlers.
     */
    private final ThreadLocal<Parser> parsers = ThreadLocal.withInitial(Parser::new);

    private final JAXBContext context;
    private final Schema schema;
    private final ConceptCatalogue catalogue;

    private XmlContent(JAXBContext context, Schema schema, ConceptCatalogue catalogue) {
        this.context = context;
        this.schema = schema;
        this.catalogue = catalogue;
    }

    /** A reader with the bundled schemas and the standard concept catalogue. */
    public static XmlContent standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final XmlContent STANDARD = create(ConceptCatalogue.standard());
    }

    /** A reader that checks concept ids against this catalogue. */
    public static XmlContent create(ConceptCatalogue catalogue) {
        try {
            JAXBContext ctx = JAXBContext.newInstance(VignetteElement.class, QuizElement.class, CourseElement.class);
            return new XmlContent(ctx, SecureXml.schema(), catalogue);
        } catch (JAXBException e) {
            throw new IllegalStateException("the XML binding cannot be set up: " + e, e);
        }
    }

    /** Reads a file from disk; the diagnostics name it as {@code path.toString()}. */
    public FileContent read(Path path) {
        String name = path.toString();
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                return tooLarge(name, size);
            }
            return read(name, Files.readAllBytes(path));
        } catch (IOException e) {
            return rejected(name, Position.UNKNOWN, "cannot read the file: " + e.getMessage());
        }
    }

    /** Reads a stream (a bundled resource, say), at most {@link #MAX_BYTES}; does not close it. */
    public FileContent read(String name, InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return tooLarge(name, bytes.length);
            }
            return read(name, bytes);
        } catch (IOException e) {
            return rejected(name, Position.UNKNOWN, "cannot read the file: " + e.getMessage());
        }
    }

    /** Reads the bytes of a file named {@code name} in diagnostics. */
    public FileContent read(String name, byte[] bytes) {
        if (bytes.length < 4096 && new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
            return rejected(name, new Position(1, 1), "the file is empty: expected a <vignette>, <quiz> or <course>");
        }
        Problems p = new Problems(name);
        OpenElements open = new OpenElements(bytes);
        SchemaMessages messages = new SchemaMessages(open);
        Object root;
        try {
            root = parsers.get().parse(bytes, p, messages, open);
        } catch (SAXParseException e) {
            Problems fatal = new Problems(name);
            fatal.error(new Position(Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber())),
                    SchemaMessages.fatal(e.getMessage(), open.innermostOpened()));
            return new FileContent.RejectedFile(name, fatal.all());
        } catch (SAXException | IOException | JAXBException | RuntimeException e) {
            if (p.hasErrors()) {
                return new FileContent.RejectedFile(name, p.all());
            }
            return new FileContent.RejectedFile(name, unreadable(name, e, open).all());
        }
        String left = messages.flush();
        if (left != null) {
            p.error(Position.UNKNOWN, left);
        }
        if (root instanceof JAXBElement<?> element) {
            root = element.getValue();
        }
        if (p.hasErrors()) {
            return new FileContent.RejectedFile(name, p.all());
        }
        try {
            return map(name, root, p);
        } catch (RuntimeException e) {
            Problems failed = new Problems(name);
            failed.error(root instanceof Binding.Placed placed ? Problems.position(placed.locator) : new Position(1, 1),
                    "this file could not be checked (" + e + "); the other files were; please report it with the file");
            return new FileContent.RejectedFile(name, failed.all());
        }
    }

    /**
     * A failure that is not a parse error with a place: an encoding the JDK cannot decode (the
     * XML declaration's {@code encoding} names it, so it is reported there), or, as a last
     * resort, a value the binding could not take, at the element being read.
     */
    private static Problems unreadable(String name, Exception e, OpenElements open) {
        Problems fatal = new Problems(name);
        Position here = open.here().line() > 0 ? open.here() : new Position(1, 1);
        Throwable cause = e instanceof SAXException s && s.getException() != null ? s.getException()
                : e instanceof UnsupportedEncodingException ? e : e.getCause();
        if (cause instanceof UnsupportedEncodingException) {
            fatal.error(new Position(1, 1), "the XML declaration names the encoding '" + cause.getMessage()
                    + "', which cannot be read: write the file in UTF-8 and declare encoding=\"UTF-8\"");
        } else if (e instanceof RuntimeException) {
            fatal.error(here, "cannot read " + open.current() + ": " + e);
        } else {
            fatal.error(here, SchemaMessages.fatal(e.getMessage(), null));
        }
        return fatal;
    }

    private FileContent map(String name, Object root, Problems p) {
        if (root instanceof VignetteElement v) {
            VignetteMapping.Result r = new VignetteMapping(catalogue).map(v, p);
            return r.vignette() == null ? new FileContent.RejectedFile(name, p.all())
                    : new FileContent.VignetteFile(new Located<>(r.vignette(), name, r.source()), r.ignores(), p.all());
        }
        if (root instanceof QuizElement q) {
            BlueprintMapping.Result r = new BlueprintMapping(catalogue).map(q, p);
            return r.blueprint() == null ? new FileContent.RejectedFile(name, p.all())
                    : new FileContent.BlueprintFile(new Located<>(r.blueprint(), name, r.source()), p.all());
        }
        if (root instanceof CourseElement c) {
            CourseMapping.Result r = new CourseMapping().map(c, p);
            return r.course() == null ? new FileContent.RejectedFile(name, p.all())
                    : new FileContent.CourseFile(new Located<>(r.course(), name, r.source()), p.all());
        }
        p.error(new Position(1, 1), NOT_SECUREBASE);
        return new FileContent.RejectedFile(name, p.all());
    }

    /** The parse, validate and bind chain of one thread. */
    private final class Parser {
        private final XMLReader reader = SecureXml.reader();
        private final ValidatorHandler validator = schema.newValidatorHandler();
        private final Unmarshaller unmarshaller;

        Parser() {
            try {
                unmarshaller = context.createUnmarshaller();
            } catch (JAXBException e) {
                throw new IllegalStateException("the XML binding cannot be set up: " + e, e);
            }
        }

        /**
         * Parses, validates and binds one file, collecting its problems; returns the bound root,
         * or null when the schema found a problem: binding stops at the first one, since a file
         * with schema errors is reported and never mapped, and a value the schema refused (a
         * word where a number belongs) is one the binding cannot convert.
         */
        Object parse(byte[] bytes, Problems p, SchemaMessages messages, OpenElements open)
                throws SAXException, IOException, JAXBException {
            unmarshaller.setEventHandler(event -> handle(event, p));
            UnmarshallerHandler binder = unmarshaller.getUnmarshallerHandler();
            XMLFilterImpl gate = new XMLFilterImpl();
            gate.setContentHandler(binder);
            Collector collector = new Collector(p, messages, gate);
            validator.setErrorHandler(collector);
            validator.setContentHandler(gate);
            open.setContentHandler(validator);
            reader.setContentHandler(open);
            reader.setErrorHandler(collector);
            reader.parse(SecureXml.input(bytes));
            return collector.failed ? null : binder.getResult();
        }
    }

    /** JAXB's own events (an unknown root element, a number too large for its field) as errors. */
    private static boolean handle(ValidationEvent event, Problems p) {
        ValidationEventLocator l = event.getLocator();
        Position at = l == null ? Position.UNKNOWN : new Position(Math.max(0, l.getLineNumber()), Math.max(0, l.getColumnNumber()));
        String message = event.getMessage() == null ? "" : event.getMessage();
        if (message.startsWith("unexpected element")) {
            if (!p.hasErrors()) {
                p.error(at, NOT_SECUREBASE);
            }
        } else if (!p.hasErrors()) {
            p.error(at, message);
        }
        return event.getSeverity() != ValidationEvent.FATAL_ERROR;
    }

    /**
     * Collects schema errors (all of them) and lets fatal parse errors stop the parse. The first
     * error closes the gate to the binder.
     */
    private static final class Collector implements ErrorHandler {
        private final Problems problems;
        private final SchemaMessages messages;
        private final XMLFilterImpl gate;
        boolean failed;

        Collector(Problems problems, SchemaMessages messages, XMLFilterImpl gate) {
            this.problems = problems;
            this.messages = messages;
            this.gate = gate;
        }

        @Override
        public void warning(SAXParseException e) {
            error(e);
        }

        @Override
        public void error(SAXParseException e) {
            failed = true;
            gate.setContentHandler(null);
            String text = messages.translate(e.getMessage());
            if (text != null) {
                problems.error(new Position(Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber())), text);
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    }

    private static FileContent rejected(String name, Position at, String message) {
        Problems p = new Problems(name);
        p.error(at, message);
        return new FileContent.RejectedFile(name, p.all());
    }

    private static FileContent tooLarge(String name, long size) {
        return rejected(name, Position.UNKNOWN, "the file is " + size + " bytes; SecureBase files are refused above "
                + MAX_BYTES + " bytes (split a large library into one file per vignette)");
    }
}
