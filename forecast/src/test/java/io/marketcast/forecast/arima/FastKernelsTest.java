package io.marketcast.forecast.arima;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast kernels give the reference kernels' numbers: the stationary covariance of {@link FastKernels#stationaryQ0}
 * against Gardner's ({@link Kernels#getQ0}) to 1e-9 of its largest entry, and the likelihood terms of
 * {@link FastKernels#like} against R's Kalman filter ({@link Kernels#like}) to 1e-9 relative, for random stationary
 * and invertible seasonal ARMA models (seed 20261203; no false failures: the draws are fixed) on M3 series with none,
 * one and two regular differences and a seasonal one.
 */
class FastKernelsTest {

    private static double[][] randomModel(SplittableRandom rnd, int p, int q, int sp, int sq, int m) {
        double[] raw = new double[p + q + sp + sq];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = rnd.nextDouble(-1.5, 1.5);
        }
        ArimaOrder o = new ArimaOrder(p, 0, q, sp, 0, sq, m);
        double[] par = Kernels.undoPars(raw, o);
        // keep the MA parts invertible, as the estimator does
        if (q > 0) {
            Polynomials.maInvert(par, p, q);
        }
        if (sq > 0) {
            Polynomials.maInvert(par, p + q + sp, sq);
        }
        return Kernels.transPars(par, o, false);
    }

    @Test
    void gardnerSkippingZerosIsGardnerToTheBit() {
        SplittableRandom rnd = new SplittableRandom(20261203);
        int checked = 0;
        for (int m : new int[] {1, 4, 12}) {
            for (int trial = 0; trial < 200; trial++) {
                int p = rnd.nextInt(0, 4);
                int q = rnd.nextInt(0, 4);
                int sp = m > 1 ? rnd.nextInt(0, 3) : 0;
                int sq = m > 1 ? rnd.nextInt(0, 3) : 0;
                double[][] tr = randomModel(rnd, p, q, sp, sq, m);
                double[] ref = Kernels.getQ0(tr[0], tr[1]);
                double[] fast = Kernels.getQ0(tr[0], tr[1], true);
                for (int i = 0; i < ref.length; i++) {
                    assertEquals(Double.doubleToLongBits(ref[i] + 0.0), Double.doubleToLongBits(fast[i] + 0.0),
                            "entry " + i + " of ARMA(" + p + "," + q + ")(" + sp + "," + sq + ")" + m);
                }
                checked++;
            }
        }
        assertEquals(600, checked);
    }

    @Test
    void chandrasekharFilterIsTheKalmanFilter() {
        SplittableRandom rnd = new SplittableRandom(20261203);
        double[] quarterly = ArimaRReferenceTest.M3.get("N0700").train();
        double[] monthly = ArimaRReferenceTest.M3.get("N1500").train();
        double[] yearly = ArimaRReferenceTest.M3.get("N0001").train();
        int checked = 0;
        int refused = 0;
        for (int trial = 0; trial < 300; trial++) {
            int kind = trial % 3;
            double[] y = kind == 0 ? yearly : kind == 1 ? quarterly : monthly;
            int m = kind == 0 ? 1 : kind == 1 ? 4 : 12;
            int p = rnd.nextInt(0, 4);
            int q = rnd.nextInt(0, 4);
            int sp = m > 1 ? rnd.nextInt(0, 3) : 0;
            int sq = m > 1 ? rnd.nextInt(0, 3) : 0;
            int d = rnd.nextInt(0, 3);
            int sd = m > 1 ? rnd.nextInt(0, 2) : 0;
            double[][] tr = randomModel(rnd, p, q, sp, sq, m);
            double[] delta = ArimaEstimator.delta(new ArimaOrder(p, d, q, sp, sd, sq, m));
            double[] ref = Kernels.like(y, new Kernels.StateSpace(tr[0], tr[1], delta, ArimaEstimator.KAPPA), null);
            double[] fast = FastKernels.like(y, tr[0], tr[1], delta, Kernels.getQ0(tr[0], tr[1], true),
                    ArimaEstimator.KAPPA);
            if (fast == null) {   // Gardner's Q0 off the stationary equation: the caller runs R's filter
                refused++;
                continue;
            }
            String what = "ARIMA(" + p + "," + d + "," + q + ")(" + sp + "," + sd + "," + sq + ")" + m;
            assertEquals(ref[2], fast[2], 0, what + " nu");
            assertEquals(ref[0], fast[0], 1e-9 * Math.abs(ref[0]), what + " ssq");
            assertEquals(ref[1], fast[1], 1e-9 * Math.max(1, Math.abs(ref[1])), what + " sumlog");
            assertTrue(ref[2] > 0);
            checked++;
        }
        assertEquals(300, checked + refused);
        assertTrue(checked >= 250, checked + " of 300 on the fast path");
    }
}
