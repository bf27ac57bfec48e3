package io.marketcast.forecast.arima;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * forecast 8.20's {@code auto.arima} with its defaults (Hyndman and Khandakar 2008): D by the seasonal strength
 * rule, d by KPSS, then the stepwise search over p ≤ 5, q ≤ 5, P ≤ 2, Q ≤ 2 (each also at most a third of the
 * series, p and q below m when seasonal terms may enter), starting from (2,d,2)(1,D,1), by AICc; a constant (a mean
 * with no differences, a drift with one) tried both ways; models whose AR or MA roots come within 1.01 of the unit
 * circle or whose Hessian gives a negative variance are rejected. Series longer than 150 or with a period above 12
 * are searched by CSS with R's offset and the best models refitted by CSS-ML until one fits. The search evaluates
 * the likelihood by {@link FastKernels} (the differenced series' exact likelihood, the diffuse limit of R's; a
 * Chandrasekhar filter) and checks roots by {@link Polynomials#rootsOutside}; the chosen model is then fitted again
 * with R's kernels throughout, so what is returned carries R's numbers for that order.
 */
public final class AutoArima {

    private static final int NMODELS = 94;

    private AutoArima() {
    }

    /** A candidate and its criterion (+Inf when it failed or was rejected). */
    private record Candidate(ArimaFit fit, double ic) {
    }

    /**
     * Chooses and fits the model. A constant series gets ARIMA(0,0,0) with its mean and no variance.
     *
     * @throws ArimaEstimator.ArimaException when no model can be fitted (R's "No suitable ARIMA model found")
     */
    public static ArimaFit fit(double[] x, int period) {
        return fit(x, period, true);
    }

    /**
     * As {@link #fit(double[], int)}; {@code fastSearch} false runs the search on R's kernels too (as R; for the
     * test that the fast search chooses the same models).
     */
    static ArimaFit fit(double[] x, int period, boolean fastSearch) {
        int n = x.length;
        if (Differencing.isConstant(x)) {
            double mean = Arrays.stream(x).average().orElse(0);
            return ArimaEstimator.fit(x, ArimaOrder.of(0, 0, 0), true, Estimation.CSS_ML, mean);
        }
        boolean useAic = n <= 3;
        int m = Math.max(1, period);
        int maxP = Math.min(5, n / 3);
        int maxQ = Math.min(5, n / 3);
        int maxSP = Math.min(2, (int) Math.floor(n / 3.0 / m));
        int maxSQ = maxSP;
        int sd;
        if (m == 1) {
            sd = 0;
            maxSP = 0;
            maxSQ = 0;
        } else if (n <= 2 * m) {
            sd = 0;
        } else {
            sd = Differencing.nsdiffs(x, m);
        }
        double[] dx = sd > 0 ? ArimaEstimator.diff(x, m, sd) : x;
        int d = Differencing.ndiffs(dx, 2);
        if (d > 0 && ArimaEstimator.diff(dx, 1, d).length == 0) {
            d--;
        }
        if (d > 0) {
            dx = ArimaEstimator.diff(dx, 1, d);
        }
        if (dx.length == 0) {
            throw new ArimaEstimator.ArimaException("Not enough data to proceed");
        }
        if (Differencing.isConstant(dx)) {
            double mean = Arrays.stream(dx).average().orElse(0);
            ArimaOrder o = new ArimaOrder(0, d, 0, 0, sd, 0, m);
            if (sd > 0 && d == 0) {
                return ArimaEstimator.fit(x, o, true, Estimation.CSS_ML, mean / m);
            } else if (sd > 0 || d == 2) {
                return ArimaEstimator.fit(x, o, false, Estimation.CSS_ML, Double.NaN);
            } else {
                return ArimaEstimator.fit(x, o, true, Estimation.CSS_ML, mean);
            }
        }
        if (m > 1) {
            if (maxSP > 0) {
                maxP = Math.min(maxP, m - 1);
            }
            if (maxSQ > 0) {
                maxQ = Math.min(maxQ, m - 1);
            }
        }
        boolean approximation = n > 150 || m > 12;
        double offset = 0;
        if (approximation) {
            try {
                ArimaFit f0 = ArimaEstimator.fit(x, new ArimaOrder(0, d, 0, 0, sd, 0, m), true, Estimation.CSS_ML,
                        Double.NaN);
                offset = -2 * f0.logLikelihood() - n * Math.log(f0.sigma2Arima());
            } catch (RuntimeException e) {
                offset = 0;
            }
        }
        Search s = new Search(x, m, d, sd, useAic, approximation, offset, fastSearch);
        boolean allowConstant = d + sd <= 1;
        boolean constant = allowConstant;
        int startP = n < 10 ? Math.min(2, 1) : 2;
        int startQ = n < 10 ? Math.min(2, 1) : 2;
        int startSP = n < 10 ? 0 : 1;
        int startSQ = n < 10 ? 0 : 1;
        int p = Math.min(startP, maxP);
        int q = Math.min(startQ, maxQ);
        int sp = Math.min(startSP, maxSP);
        int sq = Math.min(startSQ, maxSQ);

        Candidate best = s.fit(p, q, sp, sq, constant);
        Candidate c = s.fit(0, 0, 0, 0, constant);
        if (c.ic < best.ic) {
            best = c;
            p = q = sp = sq = 0;
        }
        if (maxP > 0 || maxSP > 0) {
            int np = maxP > 0 ? 1 : 0;
            int nsp = m > 1 && maxSP > 0 ? 1 : 0;
            c = s.fit(np, 0, nsp, 0, constant);
            if (c.ic < best.ic) {
                best = c;
                p = np;
                sp = nsp;
                q = sq = 0;
            }
        }
        if (maxQ > 0 || maxSQ > 0) {
            int nq = maxQ > 0 ? 1 : 0;
            int nsq = m > 1 && maxSQ > 0 ? 1 : 0;
            c = s.fit(0, nq, 0, nsq, constant);
            if (c.ic < best.ic) {
                best = c;
                p = sp = 0;
                sq = nsq;
                q = nq;
            }
        }
        if (constant) {
            c = s.fit(0, 0, 0, 0, false);
            if (c.ic < best.ic) {
                best = c;
                p = q = sp = sq = 0;
            }
        }
        int startk = 0;
        while (startk < s.k && s.k < NMODELS) {
            startk = s.k;
            int[][] moves = {
                {0, 0, -1, 0}, {0, 0, 0, -1}, {0, 0, 1, 0}, {0, 0, 0, 1}, {0, 0, -1, -1}, {0, 0, -1, 1},
                {0, 0, 1, -1}, {0, 0, 1, 1}, {-1, 0, 0, 0}, {0, -1, 0, 0}, {1, 0, 0, 0}, {0, 1, 0, 0},
                {-1, -1, 0, 0}, {-1, 1, 0, 0}, {1, -1, 0, 0}, {1, 1, 0, 0}};
            boolean moved = false;
            for (int[] mv : moves) {
                int np = p + mv[0];
                int nq = q + mv[1];
                int nsp = sp + mv[2];
                int nsq = sq + mv[3];
                if (np < 0 || nq < 0 || nsp < 0 || nsq < 0 || np > maxP || nq > maxQ || nsp > maxSP
                        || nsq > maxSQ) {
                    continue;
                }
                if (!s.isNew(np, nq, nsp, nsq, constant)) {
                    continue;
                }
                s.k++;
                if (s.k > NMODELS) {
                    moved = true;   // R's next: the while condition then ends the search
                    break;
                }
                c = s.fitCounted(np, nq, nsp, nsq, constant);
                if (c.ic < best.ic) {
                    best = c;
                    p = np;
                    q = nq;
                    sp = nsp;
                    sq = nsq;
                    moved = true;
                    break;
                }
            }
            if (moved) {
                continue;
            }
            if (allowConstant && s.isNew(p, q, sp, sq, !constant)) {
                s.k++;
                if (s.k > NMODELS) {
                    continue;
                }
                c = s.fitCounted(p, q, sp, sq, !constant);
                if (c.ic < best.ic) {
                    best = c;
                    constant = !constant;
                }
            }
        }
        if (approximation && best.fit != null) {
            List<Candidate> tried = new ArrayList<>(s.results);
            tried.sort(Comparator.comparingDouble(Candidate::ic));
            for (Candidate t : tried) {
                Candidate refit = s.refit(t);
                if (refit.ic < Double.POSITIVE_INFINITY) {
                    best = refit;
                    break;
                }
            }
        }
        if (best.fit == null || best.ic == Double.POSITIVE_INFINITY) {
            throw new ArimaEstimator.ArimaException("No suitable ARIMA model found");
        }
        // the search ran the fast likelihood; the chosen model is fitted again with R's own filter throughout
        ArimaFit chosen = best.fit;
        try {
            return ArimaEstimator.fit(x, chosen.order(), chosen.constant() != ArimaFit.Constant.NONE,
                    chosen.method(), Double.NaN, true, false);
        } catch (RuntimeException e) {   // the search's fit, now with its final state filtered for forecasting
            return ArimaEstimator.fit(x, chosen.order(), chosen.constant() != ArimaFit.Constant.NONE,
                    chosen.method(), Double.NaN, true, fastSearch, true);
        }
    }

    /** The models tried so far and the fitting of one (myarima). */
    private static final class Search {
        final double[] x;
        final int m;
        final int d;
        final int sd;
        final boolean useAic;
        final boolean approximation;
        final boolean fast;
        final double offset;
        final List<Candidate> results = new ArrayList<>();
        final List<int[]> keys = new ArrayList<>();
        int k;

        Search(double[] x, int m, int d, int sd, boolean useAic, boolean approximation, double offset,
                boolean fast) {
            this.fast = fast;
            this.x = x;
            this.m = m;
            this.d = d;
            this.sd = sd;
            this.useAic = useAic;
            this.approximation = approximation;
            this.offset = offset;
        }

        /** One of the first models: recorded at the next row. */
        /** The best criterion so far: a model that cannot beat it needs no Hessian check (it cannot win). */
        double best = Double.POSITIVE_INFINITY;

        Candidate fit(int p, int q, int sp, int sq, boolean constant) {
            Candidate c = myarima(p, q, sp, sq, constant, approximation);
            best = Math.min(best, c.ic);
            keys.add(new int[] {p, q, sp, sq, constant ? 1 : 0});
            results.add(c);
            k = results.size();
            return c;
        }

        /** A model of the stepwise loop, whose row k was already counted. */
        Candidate fitCounted(int p, int q, int sp, int sq, boolean constant) {
            Candidate c = myarima(p, q, sp, sq, constant, approximation);
            best = Math.min(best, c.ic);
            keys.add(new int[] {p, q, sp, sq, constant ? 1 : 0});
            results.add(c);
            return c;
        }

        boolean isNew(int p, int q, int sp, int sq, boolean constant) {
            for (int[] key : keys) {
                if (key[0] == p && key[1] == q && key[2] == sp && key[3] == sq && key[4] == (constant ? 1 : 0)) {
                    return false;
                }
            }
            return true;
        }

        Candidate refit(Candidate t) {
            int i = results.indexOf(t);
            int[] key = keys.get(i);
            best = Double.POSITIVE_INFINITY;
            return myarima(key[0], key[1], key[2], key[3], key[4] == 1, false);
        }

        Candidate myarima(int p, int q, int sp, int sq, boolean constant, boolean css) {
            ArimaOrder o = new ArimaOrder(p, d, q, m > 1 ? sp : 0, m > 1 ? sd : 0, m > 1 ? sq : 0, m);
            ArimaFit fit;
            try {
                fit = ArimaEstimator.fit(x, o, constant, css ? Estimation.CSS : Estimation.CSS_ML, Double.NaN, true,
                        fast, !fast);
            } catch (RuntimeException e) {   // R's try(): any error in the fit scores the model as +Inf
                return new Candidate(null, Double.POSITIVE_INFINITY);
            }
            int npar = fit.npar();
            int nstar = fit.nstar();
            double aic = css ? offset + nstar * Math.log(fit.sigma2Arima()) + 2 * npar : fit.aic();
            double ic;
            if (Double.isNaN(aic)) {
                ic = Double.POSITIVE_INFINITY;
            } else {
                ic = useAic ? aic : aic + 2.0 * npar * (npar + 1) / (nstar - npar - 1);
            }
            // R: minroot, the smallest modulus of the AR and MA roots, below 1.01 rejects the model
            boolean rootsInside = o.p() + o.sp() > 0 && !rootsBeyond(fit.phi(), -1, 1 + 0.01)
                    || o.q() + o.sq() > 0 && ic < Double.POSITIVE_INFINITY && !rootsBeyond(fit.theta(), 1, 1 + 0.01);
            // R computes the Hessian for every model; it only turns the criterion to +Inf, which matters only for
            // a model that would otherwise beat the best so far (or, with the approximation, for the refit order)
            if (rootsInside) {
                ic = Double.POSITIVE_INFINITY;
            } else if (ic < best || approximation) {
                try {
                    if (fit.hasNanStandardError()) {
                        ic = Double.POSITIVE_INFINITY;
                    }
                } catch (RuntimeException e) {   // R's try(): an error in the Hessian or its solve
                    return new Candidate(null, Double.POSITIVE_INFINITY);
                }
            }
            return new Candidate(fit, Double.isNaN(ic) ? Double.POSITIVE_INFINITY : ic);
        }

        /**
         * Whether every root of 1 + sign·(c1 z + ...), up to the last coefficient above 1e-8 (R's last.nonzero),
         * has modulus above {@code radius}: R's {@code minroot >= radius} (true when there are no coefficients).
         */
        private static boolean rootsBeyond(double[] c, int sign, double radius) {
            int last = -1;
            for (int i = 0; i < c.length; i++) {
                if (Math.abs(c[i]) > 1e-8) {
                    last = i;
                }
            }
            if (last < 0) {
                return true;
            }
            double[] poly = new double[last + 2];
            poly[0] = 1;
            for (int i = 0; i <= last; i++) {
                poly[i + 1] = sign * c[i];
            }
            return Polynomials.rootsOutside(poly, radius);
        }
    }
}
