package io.marketcast.forecast.ets;

/**
 * Evaluates the likelihood criterion of several ETS models on the same series in one interleaved pass: step
 * {@code t} of every model, then step {@code t+1}. Each model's arithmetic is exactly that of
 * {@link Recursion#filter} (same operations in the same order, so the same bits); interleaving independent models
 * only lets the processor overlap their dependency chains, which a single filter, latency-bound, cannot. Used by
 * AutoETS, which runs the Nelder–Mead searches of all its candidate models side by side.
 */
final class BatchFilter {

    private static final double LN2 = Math.log(2.0);

    private final double[] l;
    private final double[] b;
    private final int[] head;
    private final double[] sse;
    private final double[] prodf;
    private final long[] expf;
    private final boolean[] dead;

    BatchFilter(int capacity) {
        l = new double[capacity];
        b = new double[capacity];
        head = new int[capacity];
        sse = new double[capacity];
        prodf = new double[capacity];
        expf = new long[capacity];
        dead = new boolean[capacity];
    }

    /**
     * Writes into {@code out[k]} the objective ({@link Objective#finish}) of {@code obj[k]} at its prepared point,
     * for {@code k < count}.
     */
    void run(double[] y, Objective[] obj, int count, double[] out) {
        for (int k = 0; k < count; k++) {
            Objective o = obj[k];
            double[] x0 = o.state;
            l[k] = x0[0];
            b[k] = o.trend > 0 ? x0[1] : 0.0;
            head[k] = 0;
            sse[k] = 0.0;
            prodf[k] = 1.0;
            expf[k] = 0;
            dead[k] = false;
            if (o.season > 0) {
                System.arraycopy(x0, o.trend > 0 ? 2 : 1, o.ring, 0, o.m);
            }
        }
        int n = y.length;
        for (int i = 0; i < n; i++) {
            double yi = y[i];
            for (int k = 0; k < count; k++) {
                if (dead[k]) {
                    continue;
                }
                Objective o = obj[k];
                int trend = o.trend;
                int season = o.season;
                double alpha = o.alpha;
                double phi = o.phi;
                double oldl = l[k];
                double oldb = b[k];
                double[] r = o.ring;
                int mm = season > 0 ? o.m : 1;
                double f;
                if (trend == 0) {
                    f = oldl;
                } else if (trend == 1) {
                    f = oldl + phi * oldb;
                } else if (oldb < 0) {
                    dead[k] = true;
                    continue;
                } else {
                    f = oldl * Math.pow(oldb, phi);
                }
                int hd = head[k];
                int oldest = hd == 0 ? mm - 1 : hd - 1;
                double sm = season > 0 ? r[oldest] : 0.0;
                if (season == 1) {
                    f += sm;
                } else if (season == 2) {
                    f *= sm;
                }
                boolean mult = o.error == 2;
                double ei = mult ? (yi - f) / f : yi - f;
                double q;
                double phib;
                if (trend == 0) {
                    q = oldl;
                    phib = 0;
                } else if (trend == 1) {
                    phib = phi * oldb;
                    q = oldl + phib;
                } else if (Math.abs(phi - 1.0) < Recursion.TOL) {
                    phib = oldb;
                    q = oldl * oldb;
                } else {
                    phib = Math.pow(oldb, phi);
                    q = oldl * phib;
                }
                double pp;
                if (season == 0) {
                    pp = yi;
                } else if (season == 1) {
                    pp = yi - sm;
                } else {
                    pp = Math.abs(sm) < Recursion.TOL ? Recursion.HUGEN : yi / sm;
                }
                double nl = q + alpha * (pp - q);
                l[k] = nl;
                if (trend > 0) {
                    double rr;
                    if (trend == 1) {
                        rr = nl - oldl;
                    } else {
                        rr = Math.abs(oldl) < Recursion.TOL ? Recursion.HUGEN : nl / oldl;
                    }
                    b[k] = phib + (o.beta / alpha) * (rr - phib);
                }
                if (season > 0) {
                    double t;
                    if (season == 1) {
                        t = yi - q;
                    } else {
                        t = Math.abs(q) < Recursion.TOL ? Recursion.HUGEN : yi / q;
                    }
                    r[oldest] = sm + o.gamma * (t - sm);
                    head[k] = oldest;
                }
                sse[k] += ei * ei;
                if (mult) {
                    double pf = prodf[k] * Math.abs(f);
                    int ex = Math.getExponent(pf);
                    if (ex > 256 || ex < -256) {
                        if (pf == 0 || !Double.isFinite(pf)) {
                            dead[k] = true;
                            continue;
                        }
                        pf = Math.scalb(pf, -ex);
                        expf[k] += ex;
                    }
                    prodf[k] = pf;
                }
            }
        }
        for (int k = 0; k < count; k++) {
            if (dead[k]) {
                out[k] = Objective.finish(Double.NaN);
                continue;
            }
            double lik = n * Math.log(sse[k]);
            if (obj[k].error == 2) {
                lik += 2 * (Math.log(prodf[k]) + expf[k] * LN2);
            }
            out[k] = Objective.finish(lik);
        }
    }
}
