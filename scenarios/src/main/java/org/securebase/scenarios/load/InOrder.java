package org.securebase.scenarios.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work on every item in parallel and hands the results to one consumer in the items'
 * order, with a bounded number in flight: memory holds a few dozen results, not all of them,
 * and what the consumer sees does not depend on thread timing.
 */
final class InOrder {
    /** Results waiting per thread: enough to keep the threads busy while the consumer works. */
    private static final int WINDOW_PER_THREAD = 16;

    private InOrder() {
    }

    /**
     * Applies {@code work} to each item on a pool of threads (one per core) and passes each
     * result to {@code sink} on the calling thread, in item order.
     */
    static <S, R> void run(List<S> items, Function<S, R> work, Consumer<R> sink) {
        run(items, item -> null, work, sink);
    }

    /**
     * As {@link #run(List, Function, Consumer)}, but an item for which {@code ready} gives a
     * result (one kept from an earlier run, say) is not handed to a thread: its result joins the
     * queue as it is, so thousands of ready items cost no more than a loop.
     */
    static <S, R> void run(List<S> items, Function<S, R> ready, Function<S, R> work, Consumer<R> sink) {
        if (items.isEmpty()) {
            return;
        }
        int threads = Math.max(1, Math.min(items.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = null;
        try {
            Deque<Future<R>> inFlight = new ArrayDeque<>();
            int next = 0;
            int window = threads * WINDOW_PER_THREAD;
            while (next < items.size() || !inFlight.isEmpty()) {
                while (next < items.size() && inFlight.size() < window) {
                    S item = items.get(next++);
                    R now = ready.apply(item);
                    if (now != null) {
                        inFlight.add(CompletableFuture.completedFuture(now));
                        continue;
                    }
                    if (pool == null) {
                        pool = Executors.newFixedThreadPool(threads, r -> {
                            Thread t = new Thread(r, "securebase-load");
                            t.setDaemon(true);
                            return t;
                        });
                    }
                    inFlight.add(pool.submit(() -> work.apply(item)));
                }
                sink.accept(inFlight.removeFirst().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("loading was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("loading failed unexpectedly: " + e.getCause(), e.getCause());
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }
}
