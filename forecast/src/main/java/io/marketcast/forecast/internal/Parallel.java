package io.marketcast.forecast.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs {@code task(i)} for {@code i = 0..n-1} on a fixed pool of daemon threads; each task writes only its own slot,
 * so results do not depend on the thread count. The batch forecasts, cross-validation and the competition runner share
 * it.
 */
public final class Parallel {

    private Parallel() {
    }

    /**
     * @param name    names the threads and the interruption message
     * @param done    told the number of tasks finished so far after each one (from worker threads)
     */
    public static void run(String name, int n, int threads, IntConsumer task, IntConsumer done) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        AtomicInteger finished = new AtomicInteger();
        if (threads == 1 || n < 2) {
            for (int i = 0; i < n; i++) {
                task.accept(i);
                done.accept(finished.incrementAndGet());
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    task.accept(index);
                    done.accept(finished.incrementAndGet());
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " run interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
    }
}
