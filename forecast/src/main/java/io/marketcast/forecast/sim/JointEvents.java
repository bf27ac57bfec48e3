package io.marketcast.forecast.sim;

import io.marketcast.model.Quarter;
import java.util.ArrayList;
import java.util.List;

/**
 * Event counts taken jointly over the same paths, so that event probabilities can be recomputed with paths weighted
 * by a condition event, after the simulation and exactly: for each condition c and event e, the number of paths with
 * c first holding in quarter i and e first holding in quarter j (the index past the grid meaning never), and with c
 * first holding in i and e holding in quarter k. Integer counts: the same on any thread count.
 *
 * <p>The conditions are the profitability events ({@code profitable:UNIT}, what guidance is about), which keeps the
 * counts small: conditions × events × (grid + 1)² per worker.
 */
public final class JointEvents {

    /** The prefix of the events that can be conditioned on. */
    public static final String CONDITION_PREFIX = "profitable:";

    private final List<String> names;
    private final int[] conditions;
    private final List<Quarter> grid;
    private final long[][][][] first;
    private final long[][][][] at;

    JointEvents(List<String> names, int[] conditions, List<Quarter> grid, long[][][][] first, long[][][][] at) {
        this.names = List.copyOf(names);
        this.conditions = conditions.clone();
        this.grid = List.copyOf(grid);
        this.first = first;
        this.at = at;
    }

    /** Whether an event of this name is counted as a condition (a profitability event). */
    static boolean isCondition(String name) {
        return name.startsWith(CONDITION_PREFIX);
    }

    /**
     * Every event's probabilities with weight {@code weight} on the paths where {@code condition} first held by
     * {@code by} (inclusive) and weight 1 on the rest: P_w(A) = Σ w(path)·1[A] / Σ w(path).
     *
     * @throws IllegalArgumentException for an event that is not a profitability event of the run, a quarter off the
     *                                  grid or a weight that is not positive
     */
    public List<EventResult> reweighted(String condition, Quarter by, double weight) {
        int e0 = names.indexOf(condition);
        int c = -1;
        for (int i = 0; i < conditions.length; i++) {
            if (conditions[i] == e0) {
                c = i;
            }
        }
        if (c < 0) {
            throw new IllegalArgumentException("paths can be reweighted by a profitability event of the run, not '"
                    + condition + "' (events: " + names + ")");
        }
        int kb = grid.indexOf(by);
        if (kb < 0) {
            throw new IllegalArgumentException(by + " is off the simulated grid " + grid.get(0) + ".."
                    + grid.get(grid.size() - 1));
        }
        if (!(weight > 0 && Double.isFinite(weight))) {
            throw new IllegalArgumentException("weight must be positive and finite, was " + weight);
        }
        int n = grid.size();
        List<EventResult> out = new ArrayList<>();
        for (int e = 0; e < names.size(); e++) {
            double total = 0;
            double[] firstW = new double[n + 1];
            double[] atW = new double[n];
            for (int i = 0; i <= n; i++) {
                double w = i <= kb ? weight : 1;
                for (int j = 0; j <= n; j++) {
                    firstW[j] += w * first[c][e][i][j];
                    total += w * first[c][e][i][j];
                }
                for (int k = 0; k < n; k++) {
                    atW[k] += w * at[c][e][i][k];
                }
            }
            double[] pAt = new double[n];
            double[] pBy = new double[n];
            double cum = 0;
            for (int k = 0; k < n; k++) {
                cum += firstW[k];
                pBy[k] = cum / total;
                pAt[k] = atW[k] / total;
            }
            long paths = 0;
            for (long[] row : first[c][e]) {
                for (long v : row) {
                    paths += v;
                }
            }
            out.add(new EventResult(names.get(e), grid, pAt, pBy, paths));
        }
        return out;
    }
}
