package io.marketcast.forecast.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.walk.LogRandomWalk;
import io.marketcast.model.Dataset;
import io.marketcast.model.Quarter;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalystSharesTest {

    @Test
    void irregularWalkMaximumLikelihoodByHand() {
        // x at quarters 0, 1, 3, 4 (a gap of 2): mu = (1.0 - 0.0) / 4 = 0.25;
        // increments 0.3 (g=1), 0.4 (g=2), 0.3 (g=1): residuals 0.05, -0.1, 0.05; sigma^2 = (0.0025 + 0.01/2 + 0.0025)/3
        List<Quarter> q = List.of(Quarter.parse("2020Q1"), Quarter.parse("2020Q2"), Quarter.parse("2020Q4"),
                Quarter.parse("2021Q1"));
        LogRandomWalk.Process f = AnalystShares.irregularWalk(new double[] {0.0, 0.3, 0.7, 1.0}, q);
        assertEquals(0.25, f.mu(), 1e-12);
        assertEquals(Math.sqrt((0.0025 + 0.005 + 0.0025) / 3), f.sigma(), 1e-12);
        assertEquals(Math.exp(1.0), f.last(), 1e-12);
    }

    @Test
    void fitsOnTheQuartersWhereEveryTrackedShareIsKnown() {
        Dataset known = Dataset.embedded().asOf(Quarter.parse("2025Q4"));
        AnalystShares.Fitted f = AnalystShares.fit(known, List.of("aws", "azure", "google-cloud"), "synergy");
        assertTrue(f.quarters().size() >= 3);
        for (Quarter q : f.quarters()) {
            assertTrue(known.analystShare("synergy", "aws").valueAt(q).isPresent());
            assertTrue(known.analystShare("synergy", "microsoft").valueAt(q).isPresent());
            assertTrue(known.analystShare("synergy", "google-cloud").valueAt(q).isPresent());
        }
        // Synergy 2025Q3: Amazon 29%, Microsoft 20%, Google 13%: rest 38%, so x_aws = log(29/38)
        assertEquals(Quarter.parse("2025Q3"), f.last());
        double[] x = f.history().get("aws");
        assertEquals(Math.log(29.0 / (100 - 29 - 20 - 13)), x[x.length - 1], 1e-12);
    }

    @Test
    void tooFewCommonQuartersIsAClearError() {
        Dataset known = Dataset.embedded().asOf(Quarter.parse("2020Q3"));
        InsufficientDataException e = assertThrows(InsufficientDataException.class,
                () -> AnalystShares.fit(known, List.of("aws", "azure", "google-cloud", "alibaba-cloud"), "synergy"));
        assertTrue(e.getMessage().contains("at least 3 quarters"), e.getMessage());
    }
}
