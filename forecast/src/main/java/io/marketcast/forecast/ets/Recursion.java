package io.marketcast.forecast.ets;

/**
 * The ETS state recursions in the error-correction form of R forecast's C code ({@code etscalc}, {@code update},
 * {@code forecast}, {@code etssimulate} in {@code src/etscalc.c}). The state is {@code (l, b, s_1..s_m)} with
 * {@code s_1} the most recent seasonal and {@code s_m} the one used for the next step; {@code b} only with a trend,
 * {@code s} only with a season. The updates are the same for additive and multiplicative errors; only the
 * likelihood differs.
 *
 * <p>Component codes: 0 none, 1 additive, 2 multiplicative. Values that R flags as missing (a multiplicative trend
 * with a negative growth) come back as NaN.
 */
final class Recursion {

    static final double TOL = 1.0e-10;
    static final double HUGEN = 1.0e10;

    private Recursion() {
    }

    /** Number of state components. */
    static int stateCount(int trend, int season, int m) {
        return 1 + (trend > 0 ? 1 : 0) + (season > 0 ? m : 0);
    }

    /**
     * Runs the filter over {@code y} from state {@code x0} and returns R's {@code lik}:
     * {@code n log(sum e^2)} plus {@code 2 sum log|f|} for multiplicative errors; NaN when a forecast is undefined.
     *
     * @param e      receives the one-step errors (relative for multiplicative errors); may be null
     * @param states receives the states row by row, {@code (n+1) x p}, starting with {@code x0}; may be null
     * @param ring   scratch of at least {@code m} elements for the seasonal states; may be null
     */
    static double filter(double[] y, double[] x0, int m, int error, int trend, int season, double alpha, double beta,
            double gamma, double phi, double[] e, double[] states, double[] ring) {
        int n = y.length;
        int mm = season > 0 ? m : 1;
        double l = x0[0];
        double b = trend > 0 ? x0[1] : 0.0;
        int so = trend > 0 ? 2 : 1;
        // seasonal states in a ring: s_j (j = 0 most recent .. m-1 oldest) is r[(head + j) % m]
        double[] r = ring != null && ring.length >= mm ? ring : new double[mm];
        int head = 0;
        if (season > 0) {
            System.arraycopy(x0, so, r, 0, mm);
        }
        int p = stateCount(trend, season, mm);
        if (states != null) {
            System.arraycopy(x0, 0, states, 0, p);
        }
        double sse = 0.0;
        // sum log|f| kept as mantissa product and binary exponent: one log at the end instead of one per step
        double prodf = 1.0;
        long expf = 0;
        double ba = beta / alpha;
        boolean mult = error == 2;
        for (int i = 0; i < n; i++) {
            double oldl = l;
            double oldb = b;
            double f;
            if (trend == 0) {
                f = oldl;
            } else if (trend == 1) {
                f = oldl + phi * oldb;
            } else if (oldb < 0) {
                return Double.NaN;
            } else {
                f = oldl * Math.pow(oldb, phi);
            }
            int oldest = head == 0 ? mm - 1 : head - 1;
            double sm = season > 0 ? r[oldest] : 0.0;
            if (season == 1) {
                f += sm;
            } else if (season == 2) {
                f *= sm;
            }
            double yi = y[i];
            double ei = mult ? (yi - f) / f : yi - f;
            double q;
            double phib;
            if (trend == 0) {
                q = oldl;
                phib = 0;
            } else if (trend == 1) {
                phib = phi * oldb;
                q = oldl + phib;
            } else if (Math.abs(phi - 1.0) < TOL) {
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
                pp = Math.abs(sm) < TOL ? HUGEN : yi / sm;
            }
            l = q + alpha * (pp - q);
            if (trend > 0) {
                double rr;
                if (trend == 1) {
                    rr = l - oldl;
                } else {
                    rr = Math.abs(oldl) < TOL ? HUGEN : l / oldl;
                }
                b = phib + ba * (rr - phib);
            }
            if (season > 0) {
                double t;
                if (season == 1) {
                    t = yi - q;
                } else {
                    t = Math.abs(q) < TOL ? HUGEN : yi / q;
                }
                r[oldest] = sm + gamma * (t - sm);
                head = oldest;
            }
            if (states != null) {
                int o = p * (i + 1);
                states[o] = l;
                if (trend > 0) {
                    states[o + 1] = b;
                }
                if (season > 0) {
                    for (int j = 0; j < mm; j++) {
                        int k = head + j;
                        states[o + so + j] = r[k >= mm ? k - mm : k];
                    }
                }
            }
            if (e != null) {
                e[i] = ei;
            }
            sse += ei * ei;
            if (mult) {
                prodf *= Math.abs(f);
                int ex = Math.getExponent(prodf);
                if (ex > 256 || ex < -256) {
                    if (prodf == 0 || !Double.isFinite(prodf)) {
                        // a zero, infinite or NaN forecast: R's lik is NaN or Inf there, which the optimiser rejects
                        return Double.NaN;
                    }
                    prodf = Math.scalb(prodf, -ex);
                    expf += ex;
                }
            }
        }
        double lik = n * Math.log(sse);
        if (mult) {
            lik += 2 * (Math.log(prodf) + expf * LN2);
        }
        return lik;
    }

    private static final double LN2 = Math.log(2.0);

    /**
     * Point forecasts {@code 1..h} from a state by the recursion (R's {@code etsforecast}): the conditional mean for
     * linear models, the "naive" point forecast otherwise. NaN when a multiplicative trend has negative growth.
     */
    static double[] pointForecast(double[] x, int m, int trend, int season, double phi, int h) {
        int mm = season > 0 ? m : 1;
        double l = x[0];
        double b = trend > 0 ? x[1] : 0.0;
        int so = trend > 0 ? 2 : 1;
        double[] f = new double[h];
        double phistar = phi;
        for (int i = 0; i < h; i++) {
            if (trend == 0) {
                f[i] = l;
            } else if (trend == 1) {
                f[i] = l + phistar * b;
            } else if (b < 0) {
                f[i] = Double.NaN;
            } else {
                f[i] = l * Math.pow(b, phistar);
            }
            int j = mm - 1 - i;
            while (j < 0) {
                j += mm;
            }
            if (season == 1) {
                f[i] += x[so + j];
            } else if (season == 2) {
                f[i] *= x[so + j];
            }
            if (i < h - 1) {
                if (Math.abs(phi - 1.0) < TOL) {
                    phistar += 1.0;
                } else {
                    phistar += Math.pow(phi, i + 1);
                }
            }
        }
        return f;
    }

    /**
     * Simulates {@code out.length} future values from state {@code x} with errors {@code e} (absolute for additive
     * errors, relative for multiplicative errors), as R's {@code etssimulate}. Returns the number of steps written:
     * fewer than {@code out.length} when a multiplicative trend turned negative (R's "problem with multiplicative
     * damped trend").
     */
    static int simulate(double[] x, int m, int error, int trend, int season, double alpha, double beta,
            double gamma, double phi, double[] e, double[] out) {
        int mm = season > 0 ? m : 1;
        int so = trend > 0 ? 2 : 1;
        double l = x[0];
        double b = trend > 0 ? x[1] : 0.0;
        double[] s = new double[mm];
        double[] olds = new double[mm];
        if (season > 0) {
            System.arraycopy(x, so, s, 0, mm);
        }
        double ba = beta / alpha;
        for (int i = 0; i < out.length; i++) {
            double oldl = l;
            double oldb = b;
            double[] tmp = olds;
            olds = s;
            s = tmp;
            double f;
            if (trend == 0) {
                f = oldl;
            } else if (trend == 1) {
                f = oldl + phi * oldb;
            } else if (oldb < 0) {
                return i;
            } else {
                f = oldl * Math.pow(oldb, phi);
            }
            double sm = season > 0 ? olds[mm - 1] : 0.0;
            if (season == 1) {
                f += sm;
            } else if (season == 2) {
                f *= sm;
            }
            double yi = error == 1 ? f + e[i] : f * (1.0 + e[i]);
            out[i] = yi;
            double q;
            double phib;
            if (trend == 0) {
                q = oldl;
                phib = 0;
            } else if (trend == 1) {
                phib = phi * oldb;
                q = oldl + phib;
            } else if (Math.abs(phi - 1.0) < TOL) {
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
                pp = Math.abs(sm) < TOL ? HUGEN : yi / sm;
            }
            l = q + alpha * (pp - q);
            if (trend > 0) {
                double r = trend == 1 ? l - oldl : (Math.abs(oldl) < TOL ? HUGEN : l / oldl);
                b = phib + ba * (r - phib);
            }
            if (season > 0) {
                double t = season == 1 ? yi - q : (Math.abs(q) < TOL ? HUGEN : yi / q);
                s[0] = sm + gamma * (t - sm);
                System.arraycopy(olds, 0, s, 1, mm - 1);
            }
        }
        return out.length;
    }
}
