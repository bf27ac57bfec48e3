package io.marketcast.forecast.sim;

import io.marketcast.forecast.internal.QuantileSketch;
import io.marketcast.model.Quarter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Runs a {@link Simulation}: draws the paths, applies shocks, computes derived series, and streams every value
 * into per-quarter quantile sketches and event counters. Memory is bounded by the grid, not by the number of paths.
 *
 * <p>Determinism: paths are drawn in blocks of {@link Simulation#blockSize()}; block {@code b} has its own
 * generator (xoroshiro128++ seeded from SplitMix64 of the run seed and {@code b}), so a path's values do not depend
 * on which thread draws it. Counts are merged as integers and means are summed block by block in block order, so
 * the result is bit-for-bit the same on any number of threads.
 *
 * <p>Per path: one standard-normal vector per quarter is drawn and correlated by the Cholesky factor of the
 * correlation (the common market factor); each series' model turns its innovations into levels, adding its own
 * parameter uncertainty; shocks then move the paths.
 */
public final class Simulator {

    private Simulator() {
    }

    public static SimulationResult run(Simulation sim) {
        return run(sim, done -> { });
    }

    /**
     * @param progress called with the number of paths finished so far (from worker threads)
     */
    public static SimulationResult run(Simulation sim, LongConsumer progress) {
        int blocks = (sim.paths() + sim.blockSize() - 1) / sim.blockSize();
        int rows = sim.series().size() + sim.derived().size();
        int grid = sim.gridLength();
        double[][] blockSums = new double[blocks][];
        Map<String, Integer> index = sim.index();
        List<EventSpec.Condition> conditions = sim.events().stream().map(e -> {
            EventSpec.Condition c = e.bind(index);
            int start = eventStart(e, sim.gridStart());
            return start == 0 ? c : (EventSpec.Condition) (p, k) -> k >= start && c.test(p, k);
        }).toList();
        Quarter gridStart = sim.gridStart();
        List<DerivedSeries.Computation> computations = sim.derived().stream()
                .map(d -> d.bind(index, gridStart)).toList();

        int threads = Math.min(sim.threads(), blocks);
        AtomicInteger nextBlock = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        List<Worker> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(new Worker(sim, rows, grid, conditions, computations));
        }
        if (threads == 1) {
            workers.get(0).drain(nextBlock, blocks, blockSums, done, progress);
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread th = new Thread(r, "marketcast-sim");
                th.setDaemon(true);
                return th;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (Worker w : workers) {
                    futures.add(pool.submit(() -> w.drain(nextBlock, blocks, blockSums, done, progress)));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("simulation interrupted", e);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(c);
            } finally {
                pool.shutdownNow();
            }
        }
        return collect(sim, workers, blockSums, rows, grid);
    }

    private static SimulationResult collect(Simulation sim, List<Worker> workers, double[][] blockSums, int rows,
            int grid) {
        Worker total = workers.get(0);
        for (int w = 1; w < workers.size(); w++) {
            total.mergeFrom(workers.get(w));
        }
        double[] sums = new double[rows * grid];
        for (double[] b : blockSums) {
            for (int i = 0; i < sums.length; i++) {
                sums[i] += b[i];
            }
        }
        Quarter start = sim.gridStart();
        List<Quarter> gridQuarters = Quarter.range(start, sim.end());
        Map<String, SeriesQuantiles> out = new LinkedHashMap<>();
        List<String> ids = sim.ids();
        for (int r = 0; r < rows; r++) {
            int from = firstReported(sim, r, start);
            int n = grid - from;
            double[] mean = new double[n];
            double[][] q = new double[Simulation.PROBABILITIES.length][n];
            for (int k = 0; k < n; k++) {
                mean[k] = sums[r * grid + from + k] / sim.paths();
                double[] qs = total.sketches[r][from + k].quantiles(Simulation.PROBABILITIES);
                for (int p = 0; p < qs.length; p++) {
                    q[p][k] = qs[p];
                }
            }
            out.put(ids.get(r), new SeriesQuantiles(ids.get(r), gridQuarters.subList(from, grid), mean,
                    Simulation.PROBABILITIES.clone(), q));
        }
        List<EventResult> events = new ArrayList<>();
        for (int e = 0; e < sim.events().size(); e++) {
            double[] at = new double[grid];
            double[] by = new double[grid];
            long cumulative = 0;
            for (int k = 0; k < grid; k++) {
                at[k] = (double) total.eventAt[e][k] / sim.paths();
                cumulative += total.eventFirst[e][k];
                by[k] = (double) cumulative / sim.paths();
            }
            int from = eventStart(sim.events().get(e), sim.gridStart());
            events.add(new EventResult(sim.events().get(e).name(), gridQuarters.subList(from, grid),
                    java.util.Arrays.copyOfRange(at, from, grid), java.util.Arrays.copyOfRange(by, from, grid),
                    sim.paths()));
        }
        return new SimulationResult(gridQuarters, out, events, sim.paths(), sim.seed(),
                new JointEvents(sim.events().stream().map(EventSpec::name).toList(), total.conditionIndex,
                        gridQuarters, total.jointFirst, total.jointAt));
    }

    /** Grid index of an event's first quarter: 0, or its {@link EventSpec#from()} within the grid. */
    private static int eventStart(EventSpec e, Quarter gridStart) {
        return e.from().map(f -> Math.max(0, gridStart.until(f))).orElse(0);
    }

    private static int firstReported(Simulation sim, int row, Quarter start) {
        if (row < sim.series().size()) {
            return start.until(sim.series().get(row).first());
        }
        Quarter f = sim.derived().get(row - sim.series().size()).first();
        return Math.max(0, start.until(f));
    }

    /** The generator of block {@code b}: xoroshiro128++ seeded from SplitMix64(seed, b). */
    static UniformRandomProvider blockRng(long seed, int block) {
        SplitMix64 mix = new SplitMix64(seed ^ (0x9E3779B97F4A7C15L * (block + 1L)));
        long[] s = {mix.nextLong(), mix.nextLong()};
        return RandomSource.XO_RO_SHI_RO_128_PP.create(s);
    }

    /** One thread's state: buffers, sketches and counters. */
    private static final class Worker {
        private final Simulation sim;
        private final int rows;
        private final int grid;
        private final List<EventSpec.Condition> conditions;
        private final List<DerivedSeries.Computation> computations;
        final QuantileSketch[][] sketches;
        final long[][] eventAt;
        final long[][] eventFirst;
        /** [c][e][first quarter of c, grid = never][first quarter of e, grid = never]: paths. */
        final long[][][][] jointFirst;
        /** [c][e][first quarter of c, grid = never][k]: paths on which e holds in quarter k. */
        final long[][][][] jointAt;
        /** The events counted jointly with every other: the profitability events ({@link JointEvents}). */
        final int[] conditionIndex;
        private final int[] firstIndex;
        private final boolean[][] holds;
        private final double[][] paths;
        private final double[][] eps;
        private final double[][] modelOut;
        private final int[] offset;
        private final Shock[][] levelShocks;

        Worker(Simulation sim, int rows, int grid, List<EventSpec.Condition> conditions,
                List<DerivedSeries.Computation> computations) {
            this.sim = sim;
            this.rows = rows;
            this.grid = grid;
            this.conditions = conditions;
            this.computations = computations;
            sketches = new QuantileSketch[rows][grid];
            for (QuantileSketch[] row : sketches) {
                for (int k = 0; k < grid; k++) {
                    row[k] = new QuantileSketch();
                }
            }
            eventAt = new long[conditions.size()][grid];
            eventFirst = new long[conditions.size()][grid];
            int ne = conditions.size();
            conditionIndex = java.util.stream.IntStream.range(0, ne)
                    .filter(e -> JointEvents.isCondition(sim.events().get(e).name())).toArray();
            int nc = conditionIndex.length;
            jointFirst = new long[nc][ne][grid + 1][grid + 1];
            jointAt = new long[nc][ne][grid + 1][grid];
            firstIndex = new int[ne];
            holds = new boolean[ne][grid];
            paths = new double[rows][grid];
            int n = sim.series().size();
            eps = new double[n][];
            modelOut = new double[n][];
            offset = new int[n];
            Quarter start = sim.gridStart();
            for (int i = 0; i < n; i++) {
                SimSeries s = sim.series().get(i);
                offset[i] = start.until(s.first());
                eps[i] = new double[grid - offset[i]];
                modelOut[i] = new double[grid - offset[i]];
                double[] known = s.known();
                for (int k = 0; k < offset[i]; k++) {
                    int src = known.length - offset[i] + k;
                    if (src < 0) {
                        throw new IllegalArgumentException("series " + s.id() + " needs " + offset[i]
                                + " known values before " + s.first() + ", has " + known.length);
                    }
                    paths[i][k] = known[src];
                }
            }
            levelShocks = new Shock[n][];
            for (int i = 0; i < n; i++) {
                levelShocks[i] = Shock.levelShocksFor(sim.shocks(), sim.series().get(i).id());
            }
        }

        void drain(AtomicInteger next, int blocks, double[][] blockSums, java.util.concurrent.atomic.AtomicLong done,
                LongConsumer progress) {
            for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                int from = b * sim.blockSize();
                int count = Math.min(sim.blockSize(), sim.paths() - from);
                blockSums[b] = runBlock(b, count);
                progress.accept(done.addAndGet(count));
            }
        }

        private double[] runBlock(int block, int count) {
            UniformRandomProvider rng = blockRng(sim.seed(), block);
            ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
            int n = sim.series().size();
            double[] z = new double[n];
            double[] c = new double[n];
            double[] sums = new double[rows * grid];
            for (int p = 0; p < count; p++) {
                for (int k = 0; k < grid; k++) {
                    for (int i = 0; i < n; i++) {
                        z[i] = normal.sample();
                    }
                    sim.correlation().correlate(z, c);
                    for (int i = 0; i < n; i++) {
                        int local = k - offset[i];
                        if (local >= 0) {
                            eps[i][local] = c[i];
                        }
                    }
                }
                for (int i = 0; i < n; i++) {
                    SimSeries s = sim.series().get(i);
                    s.model().path(rng, eps[i], modelOut[i]);
                    if (levelShocks[i].length > 0) {
                        Shock.apply(levelShocks[i], s.id(), modelOut[i], s.first(), s.lastValue());
                    }
                    System.arraycopy(modelOut[i], 0, paths[i], offset[i], modelOut[i].length);
                }
                for (int d = 0; d < computations.size(); d++) {
                    computations.get(d).compute(paths, rng, paths[n + d]);
                }
                for (int r = 0; r < rows; r++) {
                    double[] row = paths[r];
                    QuantileSketch[] sk = sketches[r];
                    int base = r * grid;
                    for (int k = 0; k < grid; k++) {
                        double v = row[k];
                        sk[k].add(v);
                        sums[base + k] += v;
                    }
                }
                for (int e = 0; e < conditions.size(); e++) {
                    EventSpec.Condition cond = conditions.get(e);
                    boolean seen = false;
                    firstIndex[e] = grid;
                    for (int k = 0; k < grid; k++) {
                        boolean h = cond.test(paths, k);
                        holds[e][k] = h;
                        if (h) {
                            eventAt[e][k]++;
                            if (!seen) {
                                eventFirst[e][k]++;
                                firstIndex[e] = k;
                                seen = true;
                            }
                        }
                    }
                }
                for (int ce = 0; ce < conditionIndex.length; ce++) {
                    int i = firstIndex[conditionIndex[ce]];
                    for (int e = 0; e < conditions.size(); e++) {
                        jointFirst[ce][e][i][firstIndex[e]]++;
                        long[] at = jointAt[ce][e][i];
                        boolean[] h = holds[e];
                        for (int k = 0; k < grid; k++) {
                            if (h[k]) {
                                at[k]++;
                            }
                        }
                    }
                }
            }
            return sums;
        }

        void mergeFrom(Worker o) {
            for (int r = 0; r < rows; r++) {
                for (int k = 0; k < grid; k++) {
                    sketches[r][k].merge(o.sketches[r][k]);
                }
            }
            for (int e = 0; e < eventAt.length; e++) {
                for (int k = 0; k < grid; k++) {
                    eventAt[e][k] += o.eventAt[e][k];
                    eventFirst[e][k] += o.eventFirst[e][k];
                }
            }
            for (int c = 0; c < jointFirst.length; c++) {
                for (int e = 0; e < eventAt.length; e++) {
                    for (int i = 0; i <= grid; i++) {
                        for (int j = 0; j <= grid; j++) {
                            jointFirst[c][e][i][j] += o.jointFirst[c][e][i][j];
                        }
                        for (int k = 0; k < grid; k++) {
                            jointAt[c][e][i][k] += o.jointAt[c][e][i][k];
                        }
                    }
                }
            }
        }
    }
}
