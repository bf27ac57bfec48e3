package io.marketcast.cli;

/**
 * The one bound on {@code --threads}: results never depend on the thread count, so threads beyond what the machine can
 * run only cost memory (each simulation worker keeps its own quantile sketches). The most allowed is
 * {@value #PER_CORE} per core, at most {@value #MAX}, and no more than one per {@value #HEAP_MIB_PER_THREAD} MiB of
 * the Java heap (at least 1).
 */
final class Threads {

    /** Threads allowed per core. */
    static final int PER_CORE = 4;

    /** The most threads on any machine. */
    static final int MAX = 64;

    /** Heap each worker may need, in MiB (docs/limits.md). */
    static final int HEAP_MIB_PER_THREAD = 64;

    private Threads() {
    }

    /** The most threads this machine and heap allow. */
    static int max() {
        Runtime rt = Runtime.getRuntime();
        long byHeap = Math.max(1, rt.maxMemory() / (HEAP_MIB_PER_THREAD * (1L << 20)));
        return (int) Math.max(1, Math.min(Math.min(MAX, PER_CORE * rt.availableProcessors()), byHeap));
    }

    /**
     * The thread count to use: the cores when {@code requested} is null, else {@code requested} if it is within
     * 1..{@link #max()}.
     *
     * @throws UserException naming {@code --threads} and the bound
     */
    static int of(Integer requested) {
        int cores = Runtime.getRuntime().availableProcessors();
        int max = max();
        if (requested == null) {
            return Math.min(cores, max);
        }
        if (requested < 1) {
            throw new UserException("--threads must be at least 1, was " + requested);
        }
        if (requested > max) {
            throw new UserException("--threads " + requested + " is more than this machine can use: at most " + max
                    + " (" + PER_CORE + " per core on " + cores + " cores, at most " + MAX + ", and one per "
                    + HEAP_MIB_PER_THREAD + " MiB of the " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB heap); results do not depend on the thread count");
        }
        return requested;
    }
}
