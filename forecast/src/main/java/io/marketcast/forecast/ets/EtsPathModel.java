package io.marketcast.forecast.ets;

import io.marketcast.forecast.PathModel;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Sample paths of a fitted ETS model from its last state, as R's {@code simulate.ets(future = TRUE)}: the error at
 * step t is {@code sigma * eps_t} (relative, and floored at -1, for multiplicative errors), fed through the state
 * recursions. The smoothing parameters and states are taken as known: {@code rng} is not used. A path whose
 * multiplicative trend would turn negative is undefined in R; here it holds its last defined value.
 */
final class EtsPathModel implements PathModel {

    private final EtsFit fit;
    private final int horizon;
    private final double[] last;
    private final double sigma;

    EtsPathModel(EtsFit fit, int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1, was " + horizon);
        }
        this.fit = fit;
        this.horizon = horizon;
        this.last = fit.finalState();
        this.sigma = Math.sqrt(fit.sigma2());
    }

    @Override
    public int horizon() {
        return horizon;
    }

    @Override
    public void path(UniformRandomProvider rng, double[] eps, double[] out) {
        if (eps.length < horizon || out.length < horizon) {
            throw new IllegalArgumentException("eps and out need " + horizon + " elements");
        }
        EtsModel model = fit.model();
        boolean mult = model.error() == Component.MULTIPLICATIVE;
        double[] e = new double[horizon];
        for (int i = 0; i < horizon; i++) {
            e[i] = sigma * eps[i];
            if (mult) {
                e[i] = Math.max(-1, e[i]);
            }
        }
        double[] y = new double[horizon];
        int done = Recursion.simulate(last, model.hasSeason() ? fit.frequency() : 1, model.error().code(),
                model.trend().code(), model.season().code(), fit.alpha(), model.hasTrend() ? fit.beta() : 0.0,
                model.hasSeason() ? fit.gamma() : 0.0, model.damped() ? fit.phi() : 1.0, e, y);
        for (int i = done; i < horizon; i++) {
            y[i] = i == 0 ? last[0] : y[i - 1];
        }
        System.arraycopy(y, 0, out, 0, horizon);
    }
}
