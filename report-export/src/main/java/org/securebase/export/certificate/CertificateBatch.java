package org.securebase.export.certificate;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.securebase.export.typeset.ExportException;

/**
 * Issues the certificates of everyone who completed a course: one signed PDF per trainee,
 * named {@code <number>-<name>.pdf} safely, plus {@code all-certificates.pdf} for printing.
 * Every certificate is checked printable before any is written; then they are drawn and signed
 * on every core (each worker with its own parsed fonts), written once, and appended to the
 * combined file in order from memory, never read back from disk.
 *
 * @since 0.1
 */
public final class CertificateBatch {
    /** The file name of the combined PDF. */
    public static final String COMBINED = "all-certificates.pdf";

    private final Certificates certificates;
    private final int workers;

    /** @param certificates the issuer that signs and draws each certificate */
    public CertificateBatch(Certificates certificates) {
        this(certificates, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param certificates the issuer that signs and draws each certificate
     * @param workers how many certificates are drawn and signed at once, at least 1
     */
    public CertificateBatch(Certificates certificates, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("a batch needs at least 1 worker, was " + workers);
        }
        this.certificates = certificates;
        this.workers = workers;
    }

    /**
     * Writes every certificate into a folder (created when missing).
     *
     * @param data one per trainee; certificate numbers must be distinct
     * @param folder where the PDFs go
     * @param progress told after each certificate, in order, from the calling thread
     * @throws ExportException when two certificates share a number, one cannot be printed (all
     *     such are named, and nothing is written), or a file cannot be written
     */
    public BatchResult issue(List<CertificateData> data, Path folder, BatchProgress progress) {
        refuseDuplicatesAndUnprintable(data);
        if (data.isEmpty()) {
            throw new ExportException("no certificates to combine: the batch is empty");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ExportException("cannot create the folder " + folder + ": " + e.getMessage(), e);
        }
        Set<String> taken = new HashSet<>();
        taken.add(COMBINED);
        List<Path> files = new ArrayList<>();
        for (CertificateData d : data) {
            files.add(folder.resolve(FileNames.unique(d.number() + "-" + d.trainee().name(), "pdf", taken)));
        }
        int threads = Math.min(workers, data.size());
        ThreadLocal<Certificates> perThread = new ThreadLocal<>();
        AtomicInteger started = new AtomicInteger();
        Semaphore window = new Semaphore(threads * 4);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "certificate-" + started.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Path combined = folder.resolve(COMBINED);
        try (OutputStream out = Files.newOutputStream(combined)) {
            Collector collector = new Collector(files, data.size(), progress, window, out, combined);
            for (int i = 0; i < data.size(); i++) {
                CertificateData d = data.get(i);
                Path file = files.get(i);
                while (!window.tryAcquire()) {
                    collector.takeNext();
                }
                collector.pending.add(pool.submit(() -> {
                    Certificates mine = perThread.get();
                    if (mine == null) {
                        mine = certificates.forAnotherThread();
                        perThread.set(mine);
                    }
                    Certificates.Signed signed = mine.sign(d);
                    Files.write(file, signed.pdf());
                    return signed;
                }));
                collector.takeDone();
            }
            collector.takeAll();
            return new BatchResult(collector.issued, combined);
        } catch (IOException e) {
            throw new ExportException("cannot write the combined certificates " + combined + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException("the certificate batch was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void refuseDuplicatesAndUnprintable(List<CertificateData> data) {
        Set<String> numbers = new HashSet<>();
        List<String> unprintable = new ArrayList<>();
        for (CertificateData d : data) {
            if (!numbers.add(d.number())) {
                throw new ExportException("two certificates have the number " + d.number()
                        + ": give every trainee's certificate its own number");
            }
            List<String> problems = certificates.unprintable(d);
            if (!problems.isEmpty()) {
                unprintable.add(d.number() + " (" + d.trainee().id() + "): " + String.join("; ", problems));
            }
        }
        if (!unprintable.isEmpty()) {
            throw new ExportException(unprintable.size() + " certificate(s) cannot be printed, so none was issued: "
                    + String.join(" | ", unprintable) + ". Correct the names in the store (or the course), then issue again");
        }
    }

    /** Takes the signed certificates in order as they finish: progress, the combined file, the results. */
    private static final class Collector {
        final List<Future<Certificates.Signed>> pending = new ArrayList<>();
        final List<IssuedCertificate> issued = new ArrayList<>();
        private final List<Path> files;
        private final int total;
        private final BatchProgress progress;
        private final Semaphore window;
        private final OutputStream out;
        private final Path combined;
        private Combiner combiner;

        Collector(List<Path> files, int total, BatchProgress progress, Semaphore window, OutputStream out, Path combined) {
            this.files = files;
            this.total = total;
            this.progress = progress;
            this.window = window;
            this.out = out;
            this.combined = combined;
        }

        void takeDone() throws InterruptedException {
            while (issued.size() < pending.size() && pending.get(issued.size()).isDone()) {
                takeNext();
            }
        }

        void takeAll() throws InterruptedException {
            while (issued.size() < total) {
                takeNext();
            }
            combiner.close();
        }

        /** Waits for the next certificate in order and takes it, freeing its place in the window. */
        void takeNext() throws InterruptedException {
            int i = issued.size();
            Certificates.Signed signed;
            try {
                signed = pending.get(i).get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof ExportException ee) {
                    throw ee;
                }
                throw new ExportException("cannot write the certificate " + files.get(i) + ": " + cause.getMessage(), cause);
            }
            pending.set(i, null);
            window.release();
            if (combiner == null) {
                combiner = new Combiner(out, signed.issued(), total, combined);
            }
            combiner.add(signed.pdf());
            IssuedCertificate one = new IssuedCertificate(signed.issued().data(), signed.issued().fields(),
                    signed.issued().seal(), files.get(i));
            issued.add(one);
            progress.issued(issued.size(), total, one);
        }
    }

    /** The combined PDF for printing, appended page by page from the signed bytes. */
    private static final class Combiner {
        private final Document document = new Document();
        private final PdfCopy copy;
        private final Path target;

        Combiner(OutputStream out, IssuedCertificate first, int total, Path target) {
            this.target = target;
            copy = new PdfCopy(document, out);
            document.addTitle("Certificates of Completion (" + total + ")");
            document.addAuthor(first.data().course().sponsor().name());
            document.addSubject("Certificates for printing: " + first.data().course().title());
            document.addCreator("SecureBase");
            document.open();
        }

        void add(byte[] pdf) {
            try {
                PdfReader reader = new PdfReader(pdf);
                for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                    copy.addPage(copy.getImportedPage(reader, p));
                }
                copy.freeReader(reader);
                reader.close();
            } catch (IOException | RuntimeException e) {
                throw new ExportException("cannot write the combined certificates " + target + ": " + e.getMessage(), e);
            }
        }

        void close() {
            document.close();
        }
    }
}
