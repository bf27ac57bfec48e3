package io.marketcast.forecast.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.sim.DerivedSeries;
import io.marketcast.forecast.walk.LogRandomWalk;
import io.marketcast.model.Dataset;
import io.marketcast.model.Quarter;
import io.marketcast.model.Series;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ShareSeriesTest {

    @Test
    void sharesAreInRangeAndSumTo100OnEveryPath() {
        List<String> ids = List.of("a", "b", "c", MarketHistory.OTHERS);
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String id : ids) {
            index.put(id, index.size());
        }
        List<DerivedSeries.Computation> shares = ids.stream()
                .map(id -> new ShareSeries(id, ids, Quarter.parse("2021Q1")).bind(index, Quarter.parse("2021Q1")))
                .toList();
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5L);
        double[] last = {100, 50, 5, 400};
        double[] mu = {0.08, 0.0, 0.3, -0.05};
        int h = 20;
        for (int path = 0; path < 2000; path++) {
            double[][] paths = new double[ids.size()][h];
            for (int i = 0; i < ids.size(); i++) {
                double[] eps = new double[h];
                for (int k = 0; k < h; k++) {
                    eps[k] = 3 * (2 * rng.nextDouble() - 1);
                }
                new LogRandomWalk.Process(last[i], mu[i], 0.2, 4).paths(h).path(rng, eps, paths[i]);
            }
            double[][] out = new double[ids.size()][h];
            for (int i = 0; i < ids.size(); i++) {
                shares.get(i).compute(paths, rng, out[i]);
            }
            for (int k = 0; k < h; k++) {
                double sum = 0;
                for (int i = 0; i < ids.size(); i++) {
                    assertTrue(out[i][k] >= 0 && out[i][k] <= 100, "share in [0, 100]");
                    sum += out[i][k];
                }
                assertEquals(100, sum, 1e-9, "path " + path + " quarter " + k);
            }
        }
    }

    @Test
    void theRestOfTheMarketAsOf2020Q3() {
        Dataset known = Dataset.embedded().asOf(Quarter.parse("2020Q3"));
        Map<String, Series> tracked = new LinkedHashMap<>();
        for (String id : List.of("aws", "azure", "google-cloud", "alibaba-cloud")) {
            tracked.put(id, known.inUsd(known.revenue(id)));
        }
        Series others = MarketHistory.others(known, tracked, "synergy");
        assertEquals(Quarter.parse("2020Q1"), others.first());
        assertEquals(Quarter.parse("2020Q3"), others.last());
        double tracked3 = tracked.values().stream().mapToDouble(s -> s.valueAt(Quarter.parse("2020Q3"))
                .getAsDouble()).sum();
        assertEquals(33_000 - tracked3, others.lastPoint().value(), 1e-6);
        assertTrue(others.points().stream().allMatch(p -> p.status().equals("estimate")));
        Dataset tooEarly = Dataset.embedded().asOf(Quarter.parse("2020Q1"));
        Map<String, Series> t2 = new LinkedHashMap<>();
        t2.put("aws", tooEarly.revenue("aws"));
        assertThrows(InsufficientDataException.class, () -> MarketHistory.others(tooEarly, t2, "synergy"));
    }
}
