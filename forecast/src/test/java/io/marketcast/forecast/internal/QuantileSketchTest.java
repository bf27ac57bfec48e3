package io.marketcast.forecast.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.sim.Simulation;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuantileSketchTest {

    private static final double BOUND = Math.pow(2, -11) * 1.0001;

    @Test
    void quantilesAreWithinTheStatedRelativeErrorOfTheSampleQuantile() {
        SplittableRandom r = new SplittableRandom(1);
        double[] x = new double[100_001];
        QuantileSketch s = new QuantileSketch();
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.exp(r.nextGaussian() * 2) * (r.nextDouble() < 0.1 ? -1 : 1);
            s.add(x[i]);
        }
        Arrays.sort(x);
        for (double p : new double[] {0.001, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.999, 1.0}) {
            double exact = x[(int) Math.max(0, Math.ceil(p * x.length) - 1)];
            double got = s.quantile(p);
            assertEquals(exact, got, Math.abs(exact) * BOUND, "p=" + p);
        }
        assertEquals(x.length, s.count());
    }

    @Test
    void memoryDoesNotGrowWithTheNumberOfValues() {
        QuantileSketch s = new QuantileSketch();
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < 10_000; i++) {
            s.add(100 * Math.exp(0.1 * r.nextGaussian()));
        }
        int after10k = s.buckets();
        for (int i = 0; i < 1_000_000; i++) {
            s.add(100 * Math.exp(0.1 * r.nextGaussian()));
        }
        assertTrue(s.buckets() <= after10k * 2, after10k + " -> " + s.buckets());
        assertTrue(s.buckets() < 5_000, "range ~ e^±0.6 needs ~1,800 buckets, got " + s.buckets());
    }

    @Test
    void mergingInAnyOrderGivesTheSameQuantiles() {
        SplittableRandom r = new SplittableRandom(3);
        QuantileSketch a = new QuantileSketch();
        QuantileSketch b = new QuantileSketch();
        QuantileSketch all = new QuantileSketch();
        for (int i = 0; i < 50_000; i++) {
            double v = r.nextGaussian() * 1e3;
            (i % 3 == 0 ? a : b).add(v);
            all.add(v);
        }
        QuantileSketch ab = new QuantileSketch();
        ab.merge(a);
        ab.merge(b);
        QuantileSketch ba = new QuantileSketch();
        ba.merge(b);
        ba.merge(a);
        for (double p : Simulation.PROBABILITIES) {
            assertEquals(all.quantile(p), ab.quantile(p), 0.0);
            assertEquals(all.quantile(p), ba.quantile(p), 0.0);
        }
    }

    @Test
    void zerosAndRejectedValues() {
        QuantileSketch s = new QuantileSketch();
        s.add(0);
        s.add(0);
        s.add(5);
        assertEquals(0.0, s.quantile(0.5));
        assertEquals(5.0, s.quantile(1.0), 5 * BOUND);
        assertThrows(IllegalArgumentException.class, () -> s.add(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> s.add(Double.POSITIVE_INFINITY));
        assertThrows(IllegalStateException.class, () -> new QuantileSketch().quantile(0.5));
    }
}
