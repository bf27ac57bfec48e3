package io.marketcast.forecast.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.Forecast;
import io.marketcast.model.Dataset;
import io.marketcast.model.Quarter;
import io.marketcast.model.Series;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed question as of 2020Q3: {@code auto} fits of the three growth stories give finite estimates with
 * standard errors, and forecasts whose intervals contain the point path and widen with the horizon.
 */
class CloudRevenueAsOf2020Q3Test {

    static final Quarter AS_OF = Quarter.of(2020, 3);

    static double[] revenueInUsd(String slug) {
        Dataset d = Dataset.embedded();
        Series s = d.inUsd(d.revenue(slug).comparableStretch(AS_OF));
        assertEquals(AS_OF, s.last(), "nothing after the as-of quarter");
        return s.values();
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws", "alibaba-cloud", "google-cloud"})
    void autoGivesFiniteEstimatesWithStandardErrors(String slug) {
        double[] y = revenueInUsd(slug);
        GrowthSelection sel = GrowthFitter.auto(ErrorModel.MULTIPLICATIVE, GrowthMethod.times(0, y.length), y);
        GrowthFit best = sel.best();
        assertTrue(best.usable() && best.converged(), best.toString());
        double[] se = best.stdErrors().orElseThrow();
        for (int i = 0; i < se.length; i++) {
            assertTrue(Double.isFinite(best.estimate(i)) && se[i] > 0 && Double.isFinite(se[i]), best.toString());
        }
        assertTrue(sel.ranked().size() >= 3, "runners-up are kept: " + sel.ranked());
        for (int i = 1; i < sel.ranked().size(); i++) {
            assertTrue(sel.ranked().get(i).aicc() >= sel.ranked().get(i - 1).aicc(), "ranked by AICc");
        }
        for (GrowthFit f : sel.unusable()) {
            assertTrue(!f.diagnostics().isEmpty() && Double.isFinite(f.aicc()), "unusable fits say why: " + f);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws", "alibaba-cloud", "google-cloud"})
    void intervalsContainThePointAndWidenWithTheHorizon(String slug) {
        double[] y = revenueInUsd(slug);
        Forecast f = GrowthMethod.of(GrowthMethod.AUTO).forecast(y, 4, 12);
        assertEquals(12, f.horizon());
        double[] mean = f.mean();
        double[] lo80 = f.lower(0.80);
        double[] hi80 = f.upper(0.80);
        double[] lo95 = f.lower(0.95);
        double[] hi95 = f.upper(0.95);
        for (int h = 0; h < 12; h++) {
            assertTrue(lo95[h] < lo80[h] && lo80[h] < mean[h] && mean[h] < hi80[h] && hi80[h] < hi95[h],
                    slug + " step " + (h + 1));
            assertTrue(lo95[h] > 0, "multiplicative intervals stay positive");
            if (h > 0) {
                assertTrue(hi95[h] - lo95[h] > hi95[h - 1] - lo95[h - 1], slug + " 95% widens at step " + (h + 1));
                assertTrue(hi80[h] - lo80[h] > hi80[h - 1] - lo80[h - 1], slug + " 80% widens at step " + (h + 1));
            }
        }
        assertTrue(mean[0] > y[y.length - 1] * 0.9 && mean[0] < y[y.length - 1] * 1.3,
                "the first step continues from the last quarter");
    }
}
