package io.marketcast.forecast.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.PathModel;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The pooled drift against a hand computation (Python, the formulas of the class documentation written out:
 * statistics.variance, math.log, NormalDist().inv_cdf(0.9)), its pool rules, and its sample paths against its own
 * intervals.
 */
class PooledDriftTest {

    /** Three pool series: drifts 5%, 8%, 11% per step, variances 0.0016, 0.0025, 0.0009. */
    static final PooledDrift.Pool POOL = PooledDrift.Pool.of(List.of(new PooledDrift.Member("a", 0.05, 0.0016),
            new PooledDrift.Member("b", 0.08, 0.0025), new PooledDrift.Member("c", 0.11, 0.0009)));

    /** Two growth rates, ln 1.04 and ln(110/104). */
    static final double[] HISTORY = {100, 104, 110};

    @Test
    void poolMatchesTheHandComputation() {
        assertEquals(0.08, POOL.drift(), 1e-15);
        assertEquals(Math.sqrt(0.0016666666666666668), POOL.volatility(), 1e-15);
        // var(d) = 0.0009 less the sampling variance s_p²/8 of one member's drift
        assertEquals(0.0006916666666666666, POOL.driftVariance(), 1e-15);
    }

    @Test
    void fitMatchesTheHandComputation() {
        PooledDrift.Fit f = PooledDrift.fit(HISTORY, 4, POOL);
        assertEquals(0.047655089902162454, f.ownDrift(), 1e-15);
        assertEquals(Math.sqrt(0.00014227742228413304), f.ownVolatility(), 1e-15);
        assertEquals(Math.sqrt(0.00147611801111885), f.volatility(), 1e-14, "1 own df and 7 of the pool's");
        assertEquals(0.06435231556262738, f.drift(), 1e-14, "between its own 4.8% and the pool's 8%");
        assertEquals(Math.sqrt(0.0003570550785338875), f.driftStdError(), 1e-14);
        Forecast fc = f.forecast(4, 0.80);
        assertEquals(117.31148724653464, fc.mean()[0], 1e-9);
        assertEquals(111.04797551308735, fc.lower(0.80)[0], 1e-9);
        assertEquals(123.9282839368104, fc.upper(0.80)[0], 1e-9);
        assertEquals(142.29318725846335, fc.mean()[3], 1e-9);
        assertEquals(123.93523071247999, fc.lower(0.80)[3], 1e-9);
        assertEquals(163.37042359766437, fc.upper(0.80)[3], 1e-9);
        assertTrue(f.summary().contains("pool of 3 series (a, b, c)"), f.summary());
    }

    @Test
    void twoGrowthRatesThatAgreeDoNotMakeANarrowBand() {
        double[] steady = {100, 105, 110.25};
        PooledDrift.Fit f = PooledDrift.fit(steady, 4, POOL);
        assertEquals(0, f.ownVolatility(), 1e-12, "its own growth rates are equal");
        assertEquals(Math.sqrt(7 * 0.0016666666666666668 / 8), f.volatility(), 1e-14,
                "the pool's volatility with 7 of the 8 degrees of freedom");
        LogRandomWalk.Process own = LogRandomWalk.allHistory().process(steady);
        assertEquals(0, own.sigma(), 1e-12, "the plain drift would give a band of zero width");
    }

    @Test
    void aPoolWhoseDriftsAgreeKeepsTheSamplingVarianceOfOne() {
        PooledDrift.Pool same = PooledDrift.Pool.of(List.of(new PooledDrift.Member("a", 0.05, 0.0016),
                new PooledDrift.Member("b", 0.05, 0.0016)));
        assertEquals(0.0016 / 8, same.driftVariance(), 1e-18);
    }

    @Test
    void aMemberSummarisesTheLastEightGrowthRates() {
        double[] v = new double[12];
        v[0] = 50;
        for (int t = 1; t < v.length; t++) {
            v[t] = v[t - 1] * (t % 2 == 0 ? 1.10 : 1.02);
        }
        PooledDrift.Member m = PooledDrift.Member.of("x", v).orElseThrow();
        assertEquals((Math.log(1.10) + Math.log(1.02)) / 2, m.drift(), 1e-15);
        double d = (Math.log(1.10) - Math.log(1.02)) / 2;
        assertEquals(8 * d * d / 7, m.variance(), 1e-15);
        assertTrue(PooledDrift.Member.of("short", Arrays.copyOf(v, 8)).isEmpty(), "8 values are 7 growth rates");
        double[] loss = v.clone();
        loss[10] = -1;
        assertTrue(PooledDrift.Member.of("loss", loss).isEmpty(), "a growth rate needs positive values");
    }

    @Test
    void tooLittleToPoolIsRefused() {
        InsufficientDataException e = assertThrows(InsufficientDataException.class,
                () -> PooledDrift.Pool.of(List.of(new PooledDrift.Member("a", 0.05, 0.0016))));
        assertTrue(e.getMessage().contains("at least 2 series"), e.getMessage());
        assertThrows(InsufficientDataException.class, () -> PooledDrift.fit(new double[] {100, 104}, 4, POOL));
        assertThrows(InsufficientDataException.class, () -> PooledDrift.fit(new double[] {100, -4, 110}, 4, POOL));
    }

    @Test
    void pathsHaveTheIntervalsOfTheForecast() {
        PooledDrift.Fit f = PooledDrift.fit(HISTORY, 4, POOL);
        int h = 8;
        int n = 40_000;
        PathModel paths = f.paths(h);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20201108L);
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] last = new double[n];
        double[] eps = new double[h];
        double[] out = new double[h];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < h; k++) {
                eps[k] = normal.sample();
            }
            paths.path(rng, eps, out);
            last[i] = out[h - 1];
        }
        Arrays.sort(last);
        Forecast fc = f.forecast(h, 0.80);
        // 40,000 draws: the 10% and 90% sample quantiles lie within ~1% of the exact ones (their standard error is
        // about 0.4% of the level here); 2% is a 5-sigma tolerance
        assertEquals(fc.lower(0.80)[h - 1], last[n / 10], 0.02 * fc.lower(0.80)[h - 1]);
        assertEquals(fc.upper(0.80)[h - 1], last[n - n / 10], 0.02 * fc.upper(0.80)[h - 1]);
        assertEquals(fc.mean()[h - 1], last[n / 2], 0.02 * fc.mean()[h - 1]);
    }
}
