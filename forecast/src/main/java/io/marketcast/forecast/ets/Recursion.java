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
     * Each step is {@link #forecast} then {@link #update}.
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
        double[] next = new double[3];
        double sse = 0.0;
        // sum log|f| kept as mantissa product and binary exponent: one log at the end instead of one per step
        double prodf = 1.0;
        long expf = 0;
        boolean mult = error == 2;
        for (int i = 0; i < n; i++) {
            if (undefined(trend, b)) {
                return Double.NaN;
            }
            int oldest = head == 0 ? mm - 1 : head - 1;
            double sm = season > 0 ? r[oldest] : 0.0;
            double f = forecast(l, b, sm, trend, season, phi);
            double yi = y[i];
            double ei = mult ? (yi - f) / f : yi - f;
            update(l, b, sm, trend, season, alpha, beta, gamma, phi, yi, next);
            l = next[0];
            b = next[1];
            if (season > 0) {
                r[oldest] = next[2];
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

    /**
     * Whether the forecast from growth {@code b} is undefined: a multiplicative trend with negative growth (R's
     * {@code forecast} writes its missing-value marker there, and the filter gives up).
     */
    static boolean undefined(int trend, double b) {
        return trend == 2 && b < 0;
    }

    /**
     * The forecast from level {@code l}, growth {@code b} and the seasonal {@code s} of the target period, the growth
     * damped by {@code phistar} (a factor of {@code b} for an additive trend, an exponent for a multiplicative one):
     * one step of R's {@code forecast} in {@code etscalc.c}. The filters pass {@code phistar = phi} (one step ahead);
     * {@link #pointForecast} passes its accumulated damping. NaN when {@link #undefined}.
     */
    static double forecast(double l, double b, double s, int trend, int season, double phistar) {
        double f;
        if (trend == 0) {
            f = l;
        } else if (trend == 1) {
            f = l + phistar * b;
        } else if (b < 0) {
            f = Double.NaN;
        } else {
            f = l * Math.pow(b, phistar);
        }
        if (season == 1) {
            f += s;
        } else if (season == 2) {
            f *= s;
        }
        return f;
    }

    /**
     * The one ETS state update, R's {@code update} in {@code etscalc.c} (error-correction form, the same for additive
     * and multiplicative errors): from level {@code oldl = l_{t-1}}, growth {@code oldb = b_{t-1}}, the seasonal
     * {@code sm = s_{t-m}} used at this step and the observation {@code y = y_t}, writes
     * {@code out[0] = l_t}, {@code out[1] = b_t} ({@code oldb} without a trend) and {@code out[2] = s_t}, the new most
     * recent seasonal ({@code sm} without a season). The other seasonals only move one place, which the caller does
     * in its own storage (a ring in the filters, a shift in {@link #simulate}). Every filter and simulation calls this;
     * the straight-line steps of {@link BatchFilter} are tested bit for bit against it.
     *
     * <p>Division by a level, seasonal or {@code q} smaller than {@link #TOL} in magnitude gives {@link #HUGEN}, as in
     * R.
     */
    static void update(double oldl, double oldb, double sm, int trend, int season, double alpha, double beta,
            double gamma, double phi, double y, double[] out) {
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
        double p;
        if (season == 0) {
            p = y;
        } else if (season == 1) {
            p = y - sm;
        } else {
            p = Math.abs(sm) < TOL ? HUGEN : y / sm;
        }
        double l = q + alpha * (p - q);
        out[0] = l;
        if (trend > 0) {
            double r;
            if (trend == 1) {
                r = l - oldl;
            } else {
                r = Math.abs(oldl) < TOL ? HUGEN : l / oldl;
            }
            out[1] = phib + (beta / alpha) * (r - phib);
        } else {
            out[1] = oldb;
        }
        if (season > 0) {
            double t;
            if (season == 1) {
                t = y - q;
            } else {
                t = Math.abs(q) < TOL ? HUGEN : y / q;
            }
            out[2] = sm + gamma * (t - sm);
        } else {
            out[2] = sm;
        }
    }

    private static final double LN2 = Math.log(2.0);

    /**
     * Point forecasts {@code 1..h} from a state by the recursion (R's {@code etsforecast}): the conditional mean for
     * linear models, the "naive" point forecast otherwise. NaN when a multiplicative trend has negative growth.
     *
     * <p>As R's {@code forecast} in {@code etscalc.c}, a damped step {@code h > 1} uses
     * {@code phistar = phi + phi + phi^2 + ... + phi^(h-1)} (R adds {@code phi^(i+1)} where the model's sum has
     * {@code phi^(i+2)}); kept to agree with R. Only models with a multiplicative trend, whose intervals are simulated,
     * take their point forecast from here.
     */
    static double[] pointForecast(double[] x, int m, int trend, int season, double phi, int h) {
        int mm = season > 0 ? m : 1;
        double l = x[0];
        double b = trend > 0 ? x[1] : 0.0;
        int so = trend > 0 ? 2 : 1;
        double[] f = new double[h];
        double phistar = phi;
        for (int i = 0; i < h; i++) {
            int j = mm - 1 - i;
            while (j < 0) {
                j += mm;
            }
            f[i] = forecast(l, b, season > 0 ? x[so + j] : 0.0, trend, season, phistar);
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
        if (season > 0) {
            System.arraycopy(x, so, s, 0, mm);
        }
        double[] next = new double[3];
        for (int i = 0; i < out.length; i++) {
            if (undefined(trend, b)) {
                return i;
            }
            double sm = season > 0 ? s[mm - 1] : 0.0;
            double f = forecast(l, b, sm, trend, season, phi);
            double yi = error == 1 ? f + e[i] : f * (1.0 + e[i]);
            out[i] = yi;
            update(l, b, sm, trend, season, alpha, beta, gamma, phi, yi, next);
            l = next[0];
            b = next[1];
            if (season > 0) {
                System.arraycopy(s, 0, s, 1, mm - 1);
                s[0] = next[2];
            }
        }
        return out.length;
    }
}
