package io.marketcast.forecast.ets;

import java.util.function.ToDoubleFunction;

/**
 * The function R forecast's optimiser minimises ({@code EtsTargetFunction} with {@code opt.crit = "lik"}): the
 * likelihood criterion {@code lik} of {@link Recursion#filter} at a parameter vector
 * {@code (alpha, [beta], [gamma], [phi], l, [b], [s_0..s_{m-2}])}, or +Inf outside the allowed region. The last
 * seasonal state is implied (seasonals sum to 0, or to {@code m} for a multiplicative season), and a multiplicative
 * season must stay non-negative. Perfect fits are floored at {@code -1e10}.
 *
 * <p>One instance per fit: it keeps scratch arrays, so it is not thread-safe.
 */
final class Objective implements ToDoubleFunction<double[]> {

    private final double[] y;
    final int m;
    final int error;
    final int trend;
    final int season;
    private final boolean damped;
    private final Bounds bounds;
    private final double[] lower;
    private final double[] upper;
    final double[] state;
    final double[] ring;
    private final double[] work;
    private final int nstate;
    // the point last prepared; read by BatchFilter
    double alpha;
    double beta;
    double gamma;
    double phi;

    /**
     * @param m seasonal period when the model is seasonal, else 1
     */
    Objective(double[] y, EtsModel model, int m, Bounds bounds, double[] lower, double[] upper) {
        this.y = y;
        this.m = model.hasSeason() ? m : 1;
        this.error = model.error().code();
        this.trend = model.trend().code();
        this.season = model.season().code();
        this.damped = model.damped();
        this.bounds = bounds;
        this.lower = lower;
        this.upper = upper;
        this.nstate = 1 + (trend > 0 ? 1 : 0) + (season > 0 ? this.m - 1 : 0);
        this.state = new double[Recursion.stateCount(trend, season, this.m)];
        this.ring = new double[this.m];
        this.work = new double[Admissibility.workSize(this.m)];
    }

    @Override
    public double applyAsDouble(double[] par) {
        if (!prepare(par)) {
            return Double.POSITIVE_INFINITY;
        }
        return finish(Recursion.filter(y, state, m, error, trend, season, alpha, beta, gamma, phi, null, null, ring));
    }

    /**
     * Takes a parameter vector: sets the current smoothing parameters and the full initial state, and tells whether
     * the point is allowed (bounds, admissibility, non-negative multiplicative season). When it is not, the
     * objective there is +Inf and no filtering is needed.
     */
    boolean prepare(double[] par) {
        int j = 0;
        alpha = par[j++];
        beta = trend > 0 ? par[j++] : 0.0;
        gamma = season > 0 ? par[j++] : 0.0;
        phi = damped ? par[j++] : 1.0;
        if (!parametersAllowed(alpha, beta, gamma, phi)) {
            return false;
        }
        expandState(par, j, state);
        if (season == 2) {
            int so = trend > 0 ? 2 : 1;
            for (int i = so; i < state.length; i++) {
                if (state[i] < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The objective from R's {@code lik} at the prepared point: perfect fits floored, NaN as +Inf. */
    static double finish(double lik) {
        double v = lik < -1e10 ? -1e10 : lik;
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }

    /** The usual bounds and/or admissibility, as R's {@code check_params}. */
    boolean parametersAllowed(double alpha, double beta, double gamma, double phi) {
        if (bounds.usual()) {
            if (alpha < lower[0] || alpha > upper[0]) {
                return false;
            }
            if (trend > 0 && (beta < lower[1] || beta > alpha || beta > upper[1])) {
                return false;
            }
            if (damped && (phi < lower[3] || phi > upper[3])) {
                return false;
            }
            if (season > 0 && (gamma < lower[2] || gamma > 1 - alpha || gamma > upper[2])) {
                return false;
            }
        }
        if (bounds.admissible()) {
            return Admissibility.admissible(alpha, beta, gamma, phi, trend > 0, season > 0, m, work);
        }
        return true;
    }

    /** Writes the full state {@code (l, [b], [s_1..s_m])} from the free states starting at {@code par[from]}. */
    void expandState(double[] par, int from, double[] out) {
        System.arraycopy(par, from, out, 0, nstate);
        if (season > 0) {
            int so = trend > 0 ? 2 : 1;
            double sum = 0;
            for (int i = so; i < nstate; i++) {
                sum += out[i];
            }
            out[nstate] = (season == 2 ? m : 0) - sum;
        }
    }
}
