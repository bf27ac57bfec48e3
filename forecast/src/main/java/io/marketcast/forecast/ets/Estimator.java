package io.marketcast.forecast.ets;

import java.util.ArrayList;
import java.util.List;

/**
 * Maximum-likelihood estimation of ETS models, R forecast's {@code etsmodel}: starting parameters from
 * {@code initparam}, starting states from {@link InitialState}, then {@link NelderMead} on {@link Objective} over
 * smoothing parameters and free initial states together, and a final filter pass for residuals, states and
 * criteria.
 */
final class Estimator {

    /** Why a model could not be fitted; AutoETS skips it, a fixed model reports it. */
    static final class ModelFailure extends Exception {
        private static final long serialVersionUID = 1L;

        ModelFailure(String message) {
            super(message, null, false, false);
        }
    }

    private Estimator() {
    }

    /** One model's estimation in progress. */
    private static final class Job {
        final EtsModel model;
        Objective objective;
        NelderMead search;
        String failure;

        Job(EtsModel model) {
            this.model = model;
        }
    }

    /** Fits one model. */
    static EtsFit fit(double[] y, int frequency, EtsModel model, EtsSpec spec) throws ModelFailure {
        Object r = fitAll(y, frequency, List.of(model), spec).get(0);
        if (r instanceof ModelFailure f) {
            throw f;
        }
        return (EtsFit) r;
    }

    /**
     * Fits several models to the same series; each result is an {@link EtsFit} or the {@link ModelFailure} saying
     * why that model could not be fitted, in the order of {@code models}. The Nelder–Mead searches run side by side
     * and their objectives are evaluated together by {@link BatchFilter}; every search takes exactly the steps it
     * would take alone.
     */
    static List<Object> fitAll(double[] y, int frequency, List<EtsModel> models, EtsSpec spec) {
        List<Job> jobs = new ArrayList<>();
        for (EtsModel model : models) {
            Job job = new Job(model);
            try {
                setup(job, y, frequency, spec);
            } catch (ModelFailure e) {
                job.failure = e.getMessage();
            }
            jobs.add(job);
        }
        List<Job> active = new ArrayList<>();
        for (Job j : jobs) {
            if (j.failure == null) {
                active.add(j);
            }
        }
        BatchFilter filter = new BatchFilter(active.size());
        Objective[] batch = new Objective[active.size()];
        Job[] owners = new Job[active.size()];
        double[] values = new double[active.size()];
        while (!active.isEmpty()) {
            int count = 0;
            for (Job j : active) {
                while (j.failure == null && !j.search.done()) {
                    if (j.objective.prepare(j.search.point())) {
                        batch[count] = j.objective;
                        owners[count++] = j;
                        break;
                    }
                    tell(j, Double.POSITIVE_INFINITY);
                }
            }
            filter.run(y, batch, count, values);
            for (int k = 0; k < count; k++) {
                tell(owners[k], values[k]);
            }
            active.removeIf(j -> j.failure != null || j.search.done());
        }
        List<Object> out = new ArrayList<>();
        for (Job j : jobs) {
            if (j.failure != null) {
                out.add(new ModelFailure(j.failure));
                continue;
            }
            try {
                out.add(complete(j, y, frequency, spec));
            } catch (ModelFailure e) {
                out.add(e);
            }
        }
        return out;
    }

    private static void tell(Job j, double value) {
        try {
            j.search.tell(value);
        } catch (IllegalArgumentException e) {
            j.failure = e.getMessage();
        }
    }

    /** R's {@code etsmodel} up to the optimiser: starting parameters and states, the data-length check. */
    private static void setup(Job job, double[] y, int frequency, EtsSpec spec) throws ModelFailure {
        EtsModel model = job.model;
        int m = model.hasSeason() ? frequency : 1;
        double[] lower = spec.lower();
        double[] upper = spec.upper();
        Bounds bounds = spec.bounds();
        double[] start = initialParameters(model, lower, upper, m, bounds);
        int nsmooth = start.length;
        double alpha0 = start[0];
        double beta0 = model.hasTrend() ? start[1] : 0.0;
        double gamma0 = model.hasSeason() ? start[1 + (model.hasTrend() ? 1 : 0)] : 0.0;
        double phi0 = model.damped() ? start[nsmooth - 1] : 1.0;
        Objective objective = new Objective(y, model, m, bounds, lower, upper);
        if (!objective.parametersAllowed(alpha0, beta0, gamma0, phi0)) {
            throw new ModelFailure("starting parameters out of range");
        }
        double[] states0;
        try {
            states0 = InitialState.of(y, model.trend(), model.season(), m);
        } catch (IllegalArgumentException e) {
            throw new ModelFailure(e.getMessage());
        }
        double[] par = new double[nsmooth + states0.length];
        System.arraycopy(start, 0, par, 0, nsmooth);
        System.arraycopy(states0, 0, par, nsmooth, states0.length);
        if (par.length >= y.length - 1) {
            throw new ModelFailure("too few observations (" + y.length + ") for " + par.length + " parameters");
        }
        job.objective = objective;
        job.search = new NelderMead(par, Double.NEGATIVE_INFINITY, Math.sqrt(Math.ulp(1.0)), 1.0, 0.5, 2.0,
                spec.maxEvaluations());
    }

    /** R's {@code etsmodel} after the optimiser: final filter pass, criteria, residuals. */
    private static EtsFit complete(Job job, double[] y, int frequency, EtsSpec spec) throws ModelFailure {
        EtsModel model = job.model;
        int m = model.hasSeason() ? frequency : 1;
        NelderMead.Result opt = job.search.result();
        double[] p = opt.x();
        int np = p.length;
        int j = 0;
        double alpha = p[j++];
        double beta = model.hasTrend() ? p[j++] : Double.NaN;
        double gamma = model.hasSeason() ? p[j++] : Double.NaN;
        double phi = model.damped() ? p[j++] : Double.NaN;
        int nstate = Recursion.stateCount(model.trend().code(), model.season().code(), m);
        double[] x0 = new double[nstate];
        job.objective.expandState(p, j, x0);
        int n = y.length;
        double[] e = new double[n];
        double[] states = new double[nstate * (n + 1)];
        double lik = Recursion.filter(y, x0, m, model.error().code(), model.trend().code(), model.season().code(),
                alpha, model.hasTrend() ? beta : 0.0, model.hasSeason() ? gamma : 0.0, model.damped() ? phi : 1.0, e,
                states, null);
        if (!Double.isFinite(lik)) {
            throw new ModelFailure("likelihood undefined at the optimum");
        }
        int k = np + 1;
        double aic = lik + 2 * k;
        double bic = lik + Math.log(n) * k;
        double aicc = aic + 2.0 * k * (k + 1) / (n - k - 1);
        double sse = 0;
        double[] fitted = new double[n];
        for (int t = 0; t < n; t++) {
            sse += e[t] * e[t];
            fitted[t] = model.error() == Component.ADDITIVE ? y[t] - e[t] : y[t] / (1 + e[t]);
        }
        double sigma2 = sse / (n - np);
        return EtsFit.builder(spec, model, frequency).data(y).alpha(alpha).beta(beta).gamma(gamma).phi(phi)
                .states(states, nstate).residuals(e).fitted(fitted).logLik(-0.5 * lik).aic(aic).aicc(aicc).bic(bic)
                .sigma2(sigma2).parameterCount(np).evaluations(opt.evaluations()).optimizerStatus(opt.fail()).build();
    }

    /** R's {@code initparam}: smoothing parameters a little inside their ranges. */
    static double[] initialParameters(EtsModel model, double[] lowerIn, double[] upperIn, int m, Bounds bounds) {
        double[] lower = lowerIn.clone();
        double[] upper = upperIn.clone();
        if (bounds == Bounds.ADMISSIBLE) {
            for (int i = 0; i < 3; i++) {
                lower[i] = 0;
                upper[i] = 1e-3;
            }
        }
        double[] out = new double[1 + (model.hasTrend() ? 1 : 0) + (model.hasSeason() ? 1 : 0)
                + (model.damped() ? 1 : 0)];
        int j = 0;
        double alpha = lower[0] + 0.2 * (upper[0] - lower[0]) / m;
        if (alpha > 1 || alpha < 0) {
            alpha = lower[0] + 2e-3;
        }
        out[j++] = alpha;
        if (model.hasTrend()) {
            upper[1] = Math.min(upper[1], alpha);
            double beta = lower[1] + 0.1 * (upper[1] - lower[1]);
            if (beta < 0 || beta > alpha) {
                beta = alpha - 1e-3;
            }
            out[j++] = beta;
        }
        if (model.hasSeason()) {
            upper[2] = Math.min(upper[2], 1 - alpha);
            double gamma = lower[2] + 0.05 * (upper[2] - lower[2]);
            if (gamma < 0 || gamma > 1 - alpha) {
                gamma = 1 - alpha - 1e-3;
            }
            out[j++] = gamma;
        }
        if (model.damped()) {
            double phi = lower[3] + 0.99 * (upper[3] - lower[3]);
            if (phi < 0 || phi > 1) {
                phi = upper[3] - 1e-3;
            }
            out[j] = phi;
        }
        return out;
    }
}
