package io.marketcast.forecast.arima;

/**
 * Seasonal-trend decomposition by loess (Cleveland et al. 1990), the non-robust fit of R's {@code stl} as
 * forecast's {@code mstl} calls it for one seasonal period: {@code s.window = 11}, {@code s.degree = 0},
 * {@code t.window = nextodd(ceiling(1.5 m / (1 - 1.5 / 11)))}, {@code l.window = nextodd(m)}, degrees 1, jumps a
 * tenth of the windows, two inner passes and no robustness iterations. Written from R's {@code stl.f}.
 */
final class Stl {

    /** Seasonal and trend components. */
    record Decomposition(double[] seasonal, double[] trend) {
    }

    private Stl() {
    }

    /** mstl's decomposition of a series of period m (needs n > 2m). */
    static Decomposition mstl(double[] y, int m) {
        int sw = 11;
        int tw = nextodd(Math.ceil(1.5 * m / (1 - 1.5 / sw)));
        int lw = nextodd(m);
        return stl(y, m, sw, tw, lw, 0, 1, 1, (int) Math.ceil(sw / 10.0), (int) Math.ceil(tw / 10.0),
                (int) Math.ceil(lw / 10.0), 2);
    }

    private static int nextodd(double x) {
        int v = (int) Math.rint(x);
        return v % 2 == 0 ? v + 1 : v;
    }

    static Decomposition stl(double[] y, int np, int ns, int nt, int nl, int isdeg, int itdeg, int ildeg, int nsjump,
            int ntjump, int nljump, int ni) {
        int n = y.length;
        double[] trend = new double[n];
        double[] season = new double[n];
        int newns = Math.max(3, ns);
        int newnt = Math.max(3, nt);
        int newnl = Math.max(3, nl);
        int newnp = Math.max(2, np);
        newns += newns % 2 == 0 ? 1 : 0;
        newnt += newnt % 2 == 0 ? 1 : 0;
        newnl += newnl % 2 == 0 ? 1 : 0;
        int len = n + 2 * newnp;
        double[][] work = new double[5][len];
        for (int j = 0; j < ni; j++) {
            for (int i = 0; i < n; i++) {
                work[0][i] = y[i] - trend[i];
            }
            stlss(work[0], n, newnp, newns, isdeg, nsjump, work[1], work[2], work[3], work[4]);
            stlfts(work[1], n + 2 * newnp, newnp, work[2], work[0]);
            stless(work[2], 0, n, newnl, ildeg, nljump, work[3], 0, work[4]);
            for (int i = 0; i < n; i++) {
                season[i] = work[1][newnp + i] - work[3][i];
            }
            for (int i = 0; i < n; i++) {
                work[0][i] = y[i] - season[i];
            }
            stless(work[0], 0, n, newnt, itdeg, ntjump, trend, 0, work[2]);
        }
        return new Decomposition(season, trend);
    }

    private static void stlss(double[] y, int n, int np, int ns, int isdeg, int nsjump, double[] season,
            double[] work1, double[] work2, double[] work4) {
        for (int j = 1; j <= np; j++) {
            int k = (n - j) / np + 1;
            for (int i = 1; i <= k; i++) {
                work1[i - 1] = y[(i - 1) * np + j - 1];
            }
            stless(work1, 0, k, ns, isdeg, nsjump, work2, 1, work4);
            int nright = Math.min(ns, k);
            double[] out = new double[1];
            if (stlest(work1, k, ns, isdeg, 0, out, 1, nright, work4)) {
                work2[0] = out[0];
            } else {
                work2[0] = work2[1];
            }
            int nleft = Math.max(1, k - ns + 1);
            if (stlest(work1, k, ns, isdeg, k + 1, out, nleft, k, work4)) {
                work2[k + 1] = out[0];
            } else {
                work2[k + 1] = work2[k];
            }
            for (int m = 1; m <= k + 2; m++) {
                season[(m - 1) * np + j - 1] = work2[m - 1];
            }
        }
    }

    private static void stlfts(double[] x, int n, int np, double[] trend, double[] work) {
        stlma(x, n, np, trend);
        stlma(trend, n - np + 1, np, work);
        stlma(work, n - 2 * np + 2, 3, trend);
    }

    private static void stlma(double[] x, int n, int len, double[] ave) {
        int newn = n - len + 1;
        double flen = len;
        double v = 0;
        for (int i = 0; i < len; i++) {
            v += x[i];
        }
        ave[0] = v / flen;
        int k = len;
        int m = 0;
        for (int j = 1; j < newn; j++) {
            v = v - x[m] + x[k];
            k++;
            m++;
            ave[j] = v / flen;
        }
    }

    /** Loess smoothing of y[0..n) into ys[off..off+n). */
    private static void stless(double[] y, int yoff, int n, int len, int ideg, int njump, double[] ys, int off,
            double[] res) {
        if (n < 2) {
            ys[off] = y[yoff];
            return;
        }
        double[] out = new double[1];
        int newnj = Math.min(njump, n - 1);
        int nleft = 0;
        int nright = 0;
        if (len >= n) {
            nleft = 1;
            nright = n;
            for (int i = 1; i <= n; i += newnj) {
                ys[off + i - 1] = stlest(y, n, len, ideg, i, out, nleft, nright, res) ? out[0] : y[i - 1];
            }
        } else if (newnj == 1) {
            int nsh = (len + 1) / 2;
            nleft = 1;
            nright = len;
            for (int i = 1; i <= n; i++) {
                if (i > nsh && nright != n) {
                    nleft++;
                    nright++;
                }
                ys[off + i - 1] = stlest(y, n, len, ideg, i, out, nleft, nright, res) ? out[0] : y[i - 1];
            }
        } else {
            int nsh = (len + 1) / 2;
            for (int i = 1; i <= n; i += newnj) {
                if (i < nsh) {
                    nleft = 1;
                    nright = len;
                } else if (i >= n - nsh + 1) {
                    nleft = n - len + 1;
                    nright = n;
                } else {
                    nleft = i - nsh + 1;
                    nright = len + i - nsh;
                }
                ys[off + i - 1] = stlest(y, n, len, ideg, i, out, nleft, nright, res) ? out[0] : y[i - 1];
            }
        }
        if (newnj != 1) {
            for (int i = 1; i <= n - newnj; i += newnj) {
                double delta = (ys[off + i + newnj - 1] - ys[off + i - 1]) / newnj;
                for (int j = i + 1; j <= i + newnj - 1; j++) {
                    ys[off + j - 1] = ys[off + i - 1] + delta * (j - i);
                }
            }
            int k = ((n - 1) / newnj) * newnj + 1;
            if (k != n) {
                ys[off + n - 1] = stlest(y, n, len, ideg, n, out, nleft, nright, res) ? out[0] : y[n - 1];
                if (k != n - 1) {
                    double delta = (ys[off + n - 1] - ys[off + k - 1]) / (n - k);
                    for (int j = k + 1; j <= n - 1; j++) {
                        ys[off + j - 1] = ys[off + k - 1] + delta * (j - k);
                    }
                }
            }
        }
    }

    /** One local fit at xs over y[nleft..nright] (1-based, inclusive); false when the weights vanish. */
    private static boolean stlest(double[] y, int n, int len, int ideg, double xs, double[] ys, int nleft, int nright,
            double[] w) {
        double range = (double) n - 1.0;
        double h = Math.max(xs - nleft, nright - xs);
        if (len > n) {
            h += (len - n) / 2;
        }
        double h9 = 0.999 * h;
        double h1 = 0.001 * h;
        double a = 0;
        for (int j = nleft; j <= nright; j++) {
            w[j - 1] = 0;
            double r = Math.abs(j - xs);
            if (r <= h9) {
                if (r <= h1) {
                    w[j - 1] = 1;
                } else {
                    double u = r / h;
                    double t = 1 - u * u * u;
                    w[j - 1] = t * t * t;
                }
                a += w[j - 1];
            }
        }
        if (a <= 0) {
            return false;
        }
        for (int j = nleft; j <= nright; j++) {
            w[j - 1] /= a;
        }
        if (h > 0 && ideg > 0) {
            a = 0;
            for (int j = nleft; j <= nright; j++) {
                a += w[j - 1] * j;
            }
            double b = xs - a;
            double c = 0;
            for (int j = nleft; j <= nright; j++) {
                c += w[j - 1] * (j - a) * (j - a);
            }
            if (Math.sqrt(c) > 0.001 * range) {
                b /= c;
                for (int j = nleft; j <= nright; j++) {
                    w[j - 1] *= b * (j - a) + 1.0;
                }
            }
        }
        double s = 0;
        for (int j = nleft; j <= nright; j++) {
            s += w[j - 1] * y[j - 1];
        }
        ys[0] = s;
        return true;
    }
}
