package io.marketcast.forecast.arima;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Kernels#getQ0} (Gardner et al.'s regression, R's getQ0) leaves out the updates of its Givens inclusions
 * where the row's entry and R's {@code rbar} are both zero; its values must stay those of R's full loop, kept here
 * verbatim as the reference ({@link #fullLoopQ0}): equal entry by entry (==; a zero may differ in sign) on random
 * stationary, invertible models of every seasonal shape auto.arima searches, r from 1 to 27 (seed 20261203, fixed
 * draws).
 */
class GardnerQ0Test {

    @Test
    void sameValuesAsRsFullLoop() {
        SplittableRandom rnd = new SplittableRandom(20261203L);
        int models = 0;
        for (int m : new int[] {1, 4, 12}) {
            for (int p = 0; p <= 5; p++) {
                for (int q = 0; q <= 5; q++) {
                    for (int sp = 0; sp <= (m == 1 ? 0 : 2); sp++) {
                        for (int sq = 0; sq <= (m == 1 ? 0 : 2); sq++) {
                            ArimaOrder o = new ArimaOrder(p, 0, q, sp, 0, sq, m);
                            double[] raw = new double[o.narma()];
                            for (int i = 0; i < raw.length; i++) {
                                raw[i] = rnd.nextDouble(-1.2, 1.2);
                            }
                            double[] par = Kernels.undoPars(raw, o);
                            double[][] tr = Kernels.transPars(par, o, false);
                            double[] fast = Kernels.getQ0(tr[0], tr[1]);
                            double[] full = fullLoopQ0(tr[0], tr[1]);
                            assertEquals(full.length, fast.length);
                            for (int i = 0; i < full.length; i++) {
                                if (!(fast[i] == full[i]) && !(Double.isNaN(fast[i]) && Double.isNaN(full[i]))) {
                                    assertEquals(full[i], fast[i], 0.0, o + " entry " + i);
                                }
                            }
                            models++;
                        }
                    }
                }
            }
        }
        assertEquals(36 + 2 * 36 * 9, models);
    }

    // R's getQ0 and inclu2 with every update taken (Kernels before the zero updates were left out), verbatim

    static double[] fullLoopQ0(double[] phi, double[] theta) {
        int p = phi.length;
        int q = theta.length;
        int r = Math.max(p, q + 1);
        int np = r * (r + 1) / 2;
        int nrbar = np * (np - 1) / 2;
        double[] res = new double[r * r];
        double[] v = new double[np];
        int ind = 0;
        for (int j = 0; j < r; j++) {
            double vj = j == 0 ? 1.0 : j - 1 < q ? theta[j - 1] : 0.0;
            for (int i = j; i < r; i++) {
                double vi = i == 0 ? 1.0 : i - 1 < q ? theta[i - 1] : 0.0;
                v[ind++] = vi * vj;
            }
        }
        if (r == 1) {
            res[0] = p == 0 ? 1.0 : 1.0 / (1.0 - phi[0] * phi[0]);
            return res;
        }
        if (p > 0) {
            double[] rbar = new double[nrbar];
            double[] thetab = new double[np];
            double[] xnext = new double[np];
            double[] xrow = new double[np];
            ind = 0;
            int ind1 = -1;
            int npr = np - r;
            int npr1 = npr + 1;
            int indj = npr;
            int ind2 = npr - 1;
            for (int j = 0; j < r; j++) {
                double phij = j < p ? phi[j] : 0.0;
                xnext[indj++] = 0.0;
                int indi = npr1 + j;
                for (int i = j; i < r; i++) {
                    double ynext = v[ind++];
                    double phii = i < p ? phi[i] : 0.0;
                    if (j != r - 1) {
                        xnext[indj] = -phii;
                        if (i != r - 1) {
                            xnext[indi] -= phij;
                            xnext[++ind1] = -1.0;
                        }
                    }
                    xnext[npr] = -phii * phij;
                    if (++ind2 >= np) {
                        ind2 = 0;
                    }
                    xnext[ind2] += 1.0;
                    fullLoopInclu2(np, xnext, xrow, ynext, res, rbar, thetab);
                    xnext[ind2] = 0.0;
                    if (i != r - 1) {
                        xnext[indi++] = 0.0;
                        xnext[ind1] = 0.0;
                    }
                }
            }
            int ithisr = nrbar - 1;
            int im = np - 1;
            for (int i = 0; i < np; i++) {
                double bi = thetab[im];
                int jm = np - 1;
                for (int j = 0; j < i; j++) {
                    bi -= rbar[ithisr--] * res[jm--];
                }
                res[im--] = bi;
            }
            ind = npr;
            for (int i = 0; i < r; i++) {
                xnext[i] = res[ind++];
            }
            ind = np - 1;
            ind1 = npr - 1;
            for (int i = 0; i < npr; i++) {
                res[ind--] = res[ind1--];
            }
            for (int i = 0; i < r; i++) {
                res[i] = xnext[i];
            }
        } else {
            int indn = np;
            ind = np;
            for (int i = 0; i < r; i++) {
                for (int j = 0; j <= i; j++) {
                    --ind;
                    res[ind] = v[ind];
                    if (j != 0) {
                        res[ind] += res[--indn];
                    }
                }
            }
        }
        ind = np;
        for (int i = r - 1; i > 0; i--) {
            for (int j = r - 1; j >= i; j--) {
                res[r * i + j] = res[--ind];
            }
        }
        for (int i = 0; i < r - 1; i++) {
            for (int j = i + 1; j < r; j++) {
                res[i + r * j] = res[j + r * i];
            }
        }
        return res;
    }

    private static void fullLoopInclu2(int np, double[] xnext, double[] xrow, double ynext, double[] d, double[] rbar,
            double[] thetab) {
        System.arraycopy(xnext, 0, xrow, 0, np);
        int ithisr = 0;
        for (int i = 0; i < np; i++) {
            if (xrow[i] != 0.0) {
                double xi = xrow[i];
                double di = d[i];
                double dpi = di + xi * xi;
                d[i] = dpi;
                double cbar = di / dpi;
                double sbar = xi / dpi;
                for (int k = i + 1; k < np; k++) {
                    double xk = xrow[k];
                    double rbthis = rbar[ithisr];
                    xrow[k] = xk - xi * rbthis;
                    rbar[ithisr++] = cbar * rbthis + sbar * xk;
                }
                double xk = ynext;
                ynext = xk - xi * thetab[i];
                thetab[i] = cbar * thetab[i] + sbar * xk;
                if (di == 0.0) {
                    return;
                }
            } else {
                ithisr = ithisr + np - i - 1;
            }
        }
    }
}
