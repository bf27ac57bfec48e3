package io.marketcast.forecast.ets;

/**
 * Evaluates the likelihood criterion of several ETS models on the same series in one interleaved pass: step
 * {@code t} of every model, then step {@code t+1}. Each model's arithmetic is exactly that of
 * {@link Recursion#filter} (same operations in the same order, so the same bits); interleaving independent models
 * only lets the processor overlap their dependency chains, which a single filter, latency-bound, cannot. Used by
 * the estimator, which runs the Nelder–Mead searches of all candidate models side by side.
 *
 * <p>The step is the kernel {@link Recursion#forecast} / {@link Recursion#update} for a multiplicative trend; for
 * every other (trend, season) kind it is written out as straight-line code. Those specialised steps are kept for
 * speed only: with the kernel in their place, AutoETS on the 756 M3 quarterly series took about 1.5 times the CPU
 * time (8.2 against 5.5 ms per series, medians over JVM runs, JDK 17, when the kernel was introduced). They must give
 * the kernel's doubles exactly, which {@code UpdateKernelTest} checks bit for bit for every model class on random
 * states and parameters and on M3 series.
 */
final class BatchFilter {

    private static final double LN2 = Math.log(2.0);
    private static final int GENERAL = 6;
    private static final int DEAD = 7;
    private static final int MULT = 8;

    private final double[] l;
    private final double[] b;
    private final double[] sse;
    private final double[] prodf;
    private final long[] expf;
    private final boolean[] dead;
    private final int[] kind;
    private final int[] trendKind;
    private final int[] seasonKind;
    private final boolean[] mult;
    private final double[] alpha;
    private final double[] beta;
    private final double[] ba;
    private final double[] gamma;
    private final double[] phi;
    private final double[][] ring;
    private final double[] next = new double[3];
    // ring position of the most recent seasonal after the last run
    private int head;

    BatchFilter(int capacity) {
        l = new double[capacity];
        b = new double[capacity];
        sse = new double[capacity];
        prodf = new double[capacity];
        expf = new long[capacity];
        dead = new boolean[capacity];
        kind = new int[capacity];
        trendKind = new int[capacity];
        seasonKind = new int[capacity];
        mult = new boolean[capacity];
        alpha = new double[capacity];
        beta = new double[capacity];
        ba = new double[capacity];
        gamma = new double[capacity];
        phi = new double[capacity];
        ring = new double[capacity][];
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
            sse[k] = 0.0;
            prodf[k] = 1.0;
            expf[k] = 0;
            dead[k] = false;
            kind[k] = (o.trend == 2 ? GENERAL : o.trend * 3 + o.season) | (o.error == 2 ? MULT : 0);
            trendKind[k] = o.trend;
            seasonKind[k] = o.season;
            mult[k] = o.error == 2;
            alpha[k] = o.alpha;
            beta[k] = o.beta;
            ba[k] = o.beta / o.alpha;
            gamma[k] = o.gamma;
            phi[k] = o.phi;
            ring[k] = o.ring;
            if (o.season > 0) {
                System.arraycopy(x0, o.trend > 0 ? 2 : 1, o.ring, 0, o.m);
            }
        }
        // every seasonal model of the batch has the series' period, so the ring position is the same for all
        int period = 1;
        for (int k = 0; k < count; k++) {
            if (obj[k].season > 0) {
                if (period > 1 && obj[k].m != period) {
                    throw new IllegalArgumentException("seasonal models of one batch must share the period");
                }
                period = obj[k].m;
            }
        }
        int n = y.length;
        int hd = 0;
        for (int i = 0; i < n; i++) {
            double yi = y[i];
            int oldest = hd == 0 ? period - 1 : hd - 1;
            hd = oldest;
            for (int k = 0; k < count; k++) {
                int kk = kind[k];
                int kd = kk & 7;
                if (kd == DEAD) {
                    continue;
                }
                double oldl = l[k];
                double a = alpha[k];
                double f;
                // straight-line steps per kind, kept for speed (class comment); each is Recursion.update bit for bit
                switch (kd) {
                    case 0 -> { // N,N
                        f = oldl;
                        l[k] = oldl + a * (yi - oldl);
                    }
                    case 1 -> { // N,A
                        double[] r = ring[k];
                        double sm = r[oldest];
                        f = oldl + sm;
                        double pp = yi - sm;
                        l[k] = oldl + a * (pp - oldl);
                        double t = yi - oldl;
                        r[oldest] = sm + gamma[k] * (t - sm);
                    }
                    case 2 -> { // N,M
                        double[] r = ring[k];
                        double sm = r[oldest];
                        f = oldl * sm;
                        double pp = Math.abs(sm) < Recursion.TOL ? Recursion.HUGEN : yi / sm;
                        l[k] = oldl + a * (pp - oldl);
                        double t = Math.abs(oldl) < Recursion.TOL ? Recursion.HUGEN : yi / oldl;
                        r[oldest] = sm + gamma[k] * (t - sm);
                    }
                    case 3 -> { // A,N
                        double phib = phi[k] * b[k];
                        double q = oldl + phib;
                        f = q;
                        double nl = q + a * (yi - q);
                        l[k] = nl;
                        b[k] = phib + ba[k] * ((nl - oldl) - phib);
                    }
                    case 4 -> { // A,A
                        double[] r = ring[k];
                        double sm = r[oldest];
                        double phib = phi[k] * b[k];
                        double q = oldl + phib;
                        f = q + sm;
                        double pp = yi - sm;
                        double nl = q + a * (pp - q);
                        l[k] = nl;
                        b[k] = phib + ba[k] * ((nl - oldl) - phib);
                        double t = yi - q;
                        r[oldest] = sm + gamma[k] * (t - sm);
                    }
                    case 5 -> { // A,M
                        double[] r = ring[k];
                        double sm = r[oldest];
                        double phib = phi[k] * b[k];
                        double q = oldl + phib;
                        f = q * sm;
                        double pp = Math.abs(sm) < Recursion.TOL ? Recursion.HUGEN : yi / sm;
                        double nl = q + a * (pp - q);
                        l[k] = nl;
                        b[k] = phib + ba[k] * ((nl - oldl) - phib);
                        double t = Math.abs(q) < Recursion.TOL ? Recursion.HUGEN : yi / q;
                        r[oldest] = sm + gamma[k] * (t - sm);
                    }
                    default -> {
                        f = general(k, yi, oldl, oldest);
                        if (Double.isNaN(f)) {
                            dead[k] = true;
                            kind[k] = DEAD;
                            continue;
                        }
                    }
                }
                if (kk >= MULT) {
                    double ei = (yi - f) / f;
                    sse[k] += ei * ei;
                    double pf = prodf[k] * Math.abs(f);
                    int ex = Math.getExponent(pf);
                    if (ex > 256 || ex < -256) {
                        if (pf == 0 || !Double.isFinite(pf)) {
                            dead[k] = true;
                            kind[k] = DEAD;
                            continue;
                        }
                        pf = Math.scalb(pf, -ex);
                        expf[k] += ex;
                    }
                    prodf[k] = pf;
                } else {
                    double ei = yi - f;
                    sse[k] += ei * ei;
                }
            }
        }
        head = hd;
        for (int k = 0; k < count; k++) {
            if (dead[k]) {
                out[k] = Objective.finish(Double.NaN);
                continue;
            }
            double lik = n * Math.log(sse[k]);
            if (mult[k]) {
                lik += 2 * (Math.log(prodf[k]) + expf[k] * LN2);
            }
            out[k] = Objective.finish(lik);
        }
    }

    /**
     * Writes into {@code out} the state {@code (l, [b], [s_1..s_m])} of model {@code k} after the last
     * {@link #run} (meaningless for a model whose likelihood came out undefined); for tests.
     */
    void state(int k, double[] out) {
        out[0] = l[k];
        int so = 1;
        if (trendKind[k] > 0) {
            out[so++] = b[k];
        }
        if (seasonKind[k] > 0) {
            double[] r = ring[k];
            int mm = r.length;
            for (int j = 0; j < mm; j++) {
                int i = head + j;
                out[so + j] = r[i >= mm ? i - mm : i];
            }
        }
    }

    /**
     * One step of a model with a multiplicative trend (any season) by the kernel {@link Recursion#update}; returns the
     * forecast, NaN if undefined.
     */
    private double general(int k, double yi, double oldl, int oldest) {
        double oldb = b[k];
        if (Recursion.undefined(2, oldb)) {
            return Double.NaN;
        }
        int season = seasonKind[k];
        double[] r = ring[k];
        double sm = season > 0 ? r[oldest] : 0.0;
        double f = Recursion.forecast(oldl, oldb, sm, 2, season, phi[k]);
        Recursion.update(oldl, oldb, sm, 2, season, alpha[k], beta[k], gamma[k], phi[k], yi, next);
        l[k] = next[0];
        b[k] = next[1];
        if (season > 0) {
            r[oldest] = next[2];
        }
        return f;
    }
}
