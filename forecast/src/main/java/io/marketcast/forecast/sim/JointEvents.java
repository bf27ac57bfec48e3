package io.marketcast.forecast.sim;

import io.marketcast.model.Quarter;
import java.util.ArrayList;
import java.util.List;

/**
 * Event counts taken jointly over the same paths, so that event probabilities can be recomputed with paths weighted
 * by another event, after the simulation and exactly: for each pair (c, e) of events, the number of paths with c
 * first holding in quarter i and e first holding in quarter j (the index past the grid meaning never), and with c
 * first holding in i and e holding in quarter k. Integer counts: the same on any thread count.
 */
public final class JointEvents {

    private final List<String> names;
    private final List<Quarter> grid;
    private final long[][][][] first;
    private final long[][][][] at;

    JointEvents(List<String> names, List<Quarter> grid, long[][][][] first, long[][][][] at) {
        this.names = List.copyOf(names);
        this.grid = List.copyOf(grid);
        this.first = first;
        this.at = at;
    }

    /**
     * Every event's probabilities with weight {@code weight} on the paths where {@code condition} first held by
     * {@code by} (inclusive) and weight 1 on the rest: P_w(A) = Σ w(path)·1[A] / Σ w(path).
     *
     * @throws IllegalArgumentException for an unknown event, a quarter off the grid or a weight that is not positive
     */
    public List<EventResult> reweighted(String condition, Quarter by, double weight) {
        int c = names.indexOf(condition);
        if (c < 0) {
            throw new IllegalArgumentException("no event '" + condition + "' (have " + names + ")");
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
