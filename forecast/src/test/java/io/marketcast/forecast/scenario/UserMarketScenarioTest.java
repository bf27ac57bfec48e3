package io.marketcast.forecast.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.sim.SeriesQuantiles;
import io.marketcast.model.Currency;
import io.marketcast.model.DataSources;
import io.marketcast.model.Dataset;
import io.marketcast.model.MissingRateException;
import io.marketcast.model.Quarter;
import io.marketcast.model.Series;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenarios on a user's own market: no cloud data, a currency of its own, its own market total or an explicit rest of
 * the market, a company in another currency converted at the given rates — and a missing rate named.
 */
class UserMarketScenarioTest {

    private static final Quarter AS_OF = Quarter.parse("2022Q4");
    private static final Quarter END = Quarter.parse("2024Q4");

    @TempDir
    Path dir;

    /** Revenue 2018Q1..2024Q4 growing at {@code g} a quarter, with a small deterministic wobble. */
    private static double revenue(double start, double g, int t, double phase) {
        return start * Math.pow(1 + g, t) * (1 + 0.03 * Math.sin(1.7 * t + phase));
    }

    private Path segments(String currencyOfB) throws IOException {
        StringBuilder sb = new StringBuilder("company,segment,label,calendar_quarter,currency,revenue_millions,"
                + "operating_income_millions,income_metric\n");
        List<Quarter> qs = Quarter.range(Quarter.parse("2018Q1"), END);
        for (int t = 0; t < qs.size(); t++) {
            double a = revenue(500, 0.06, t, 0);
            double b = revenue(100, 0.09, t, 1);
            double r = revenue(3000, 0.04, t, 2);
            double margin = -0.35 + 0.12 * Math.log(b / 100) + 0.01 * Math.sin(2.3 * t);
            sb.append(String.format(Locale.ROOT, "Alpha,Cars,Alpha,%s,EUR,%.1f,%.1f,operating income%n", qs.get(t), a,
                    0.08 * a));
            sb.append(String.format(Locale.ROOT, "Beta,Cars,Beta Motors,%s,%s,%.1f,%.1f,operating income%n",
                    qs.get(t), currencyOfB, b, margin * b));
            sb.append(String.format(Locale.ROOT, "Rest,Cars,other makers,%s,EUR,%.1f,,%n", qs.get(t), r));
        }
        return write("segments.csv", sb.toString());
    }

    private Path market() throws IOException {
        StringBuilder sb = new StringBuilder("source,calendar_quarter,currency,total_billions,status\n");
        List<Quarter> qs = Quarter.range(Quarter.parse("2018Q1"), END);
        for (int t = 0; t < qs.size(); t++) {
            double total = revenue(500, 0.06, t, 0) + revenue(100, 0.09, t, 1) + revenue(3000, 0.04, t, 2) + 400;
            sb.append(String.format(Locale.ROOT, "Cars Europe,%s,EUR,%.4f,reported%n", qs.get(t), total / 1000));
        }
        return write("market.csv", sb.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private static Scenario.Builder scenario() {
        return Scenario.builder("cars", AS_OF, END).paths(2000).seed(7);
    }

    private static void sharesSumTo100(ScenarioRun run, List<String> ids) {
        SeriesQuantiles first = run.result().series("share:" + ids.get(0));
        for (Quarter q : first.quarters()) {
            double sum = 0;
            for (String id : ids) {
                sum += run.result().series("share:" + id).mean(q);
            }
            assertEquals(100, sum, 1e-6, q.toString());
        }
    }

    @Test
    void aMarketOfTheUsersOwnRunsInItsCurrencyOverItsOwnTotal() throws IOException {
        Dataset d = Dataset.load(DataSources.only(segments("EUR")).withMarket(market()));
        assertEquals(Currency.parse("EUR"), d.currency());
        Scenario sc = scenario().currency("EUR").series("alpha-cars", "beta-cars")
                .market(new Scenario.Market(Scenario.MarketBasis.REVENUE, "cars-europe"))
                .analyses(Scenario.Analyses.NONE.withShare(true).withProfitability("beta-cars")
                        .withCrossover("beta-cars", "alpha-cars"))
                .build();
        ScenarioRun run = ScenarioEngine.run(sc, d, ScenarioEngine.Options.defaults().withThreads(2));
        sharesSumTo100(run, List.of("alpha-cars", "beta-cars", "others"));
        Series alpha = run.histories().get("alpha-cars");
        assertEquals(Currency.parse("EUR"), alpha.currency());
        assertEquals(revenue(500, 0.06, 19, 0), alpha.valueAt(AS_OF).getAsDouble(), 0.05, "unconverted EUR");
        // the rest of the market: the total less the tracked revenue, known the whole stretch
        Series others = run.histories().get("others");
        assertEquals(Quarter.parse("2018Q1"), others.first());
        assertEquals(revenue(3000, 0.04, 19, 2) + 400, others.valueAt(AS_OF).getAsDouble(), 0.2);
        assertTrue(run.result().event(ScenarioRun.crossoverEvent("beta-cars", "alpha-cars")).quarters()
                .contains(END));
        assertTrue(run.profits().get("beta-cars").history().observations().size() >= 20);
        // what happened: actual shares over the user's total
        Series actualShare = run.actuals().get("share:alpha-cars");
        double total = revenue(500, 0.06, 27, 0) + revenue(100, 0.09, 27, 1) + revenue(3000, 0.04, 27, 2) + 400;
        assertEquals(100 * revenue(500, 0.06, 27, 0) / total, actualShare.valueAt(END).getAsDouble(), 1e-3);
    }

    @Test
    void sharesOverTheTrackedSeriesPlusAnExplicitRest() throws IOException {
        Dataset d = Dataset.load(DataSources.only(segments("EUR")));
        assertTrue(d.marketSources().isEmpty(), "no market totals at all");
        Scenario sc = scenario().currency("EUR").series("alpha-cars", "beta-cars")
                .market(Scenario.Market.withRest("rest-cars"))
                .analyses(Scenario.Analyses.NONE.withShare(true)).build();
        ScenarioRun run = ScenarioEngine.run(sc, d, ScenarioEngine.Options.defaults().withThreads(2));
        sharesSumTo100(run, List.of("alpha-cars", "beta-cars", "others"));
        assertEquals(revenue(3000, 0.04, 19, 2), run.histories().get("others").valueAt(AS_OF).getAsDouble(), 0.05);
        double a = revenue(500, 0.06, 27, 0);
        double sum = a + revenue(100, 0.09, 27, 1) + revenue(3000, 0.04, 27, 2);
        assertEquals(100 * a / sum, run.actuals().get("share:alpha-cars").valueAt(END).getAsDouble(), 1e-3);
        assertTrue(run.fits().get("others").contains("the rest of the market, series rest-cars"),
                run.fits().get("others"));
        ScenarioProblem tracked = assertThrows(ScenarioProblem.class, () -> scenario().series("alpha-cars",
                "rest-cars").market(Scenario.Market.withRest("rest-cars")).build());
        assertEquals("market.rest", tracked.key());
        ScenarioProblem noTotal = assertThrows(ScenarioProblem.class, () -> ScenarioEngine.run(scenario()
                .currency("EUR").series("alpha-cars").analyses(Scenario.Analyses.NONE.withShare(true)).build(), d));
        assertEquals("market.source", noTotal.key());
        assertTrue(noTotal.problem().contains("the data has no market totals"), noTotal.problem());
    }

    @Test
    void aEuroCompanyAddedToTheCloudDataIsConvertedAtTheGivenRates() throws IOException {
        Path seg = write("acme.csv", "company,segment,calendar_quarter,currency,revenue_millions\n"
                + "Acme,Cloud,2020Q1,EUR,100\nAcme,Cloud,2020Q2,EUR,110\nAcme,Cloud,2020Q3,EUR,125\n");
        Path fx = write("fx.csv", "calendar_quarter,currency,per,average_rate\n2020Q1,EUR,USD,0.9079\n"
                + "2020Q2,EUR,USD,0.9090\n");
        Scenario sc = Scenario.builder("acme", Quarter.parse("2020Q3"), Quarter.parse("2021Q4")).paths(500)
                .series("aws", "acme-cloud").build();
        ScenarioProblem missing = assertThrows(ScenarioProblem.class,
                () -> ScenarioEngine.run(sc, Dataset.load(DataSources.embeddedAnd(seg).withFx(fx))));
        assertEquals("series[1].id", missing.key());
        assertEquals("acme-cloud is in EUR and the scenario in USD: no EUR per USD rate for 2020Q3 (EUR/USD rates "
                + "cover 2020Q1..2020Q2)", missing.problem());
        assertInstanceOf(MissingRateException.class, missing.getCause());

        Path full = write("fx2.csv", "calendar_quarter,currency,per,average_rate\n2020Q1,EUR,USD,0.9079\n"
                + "2020Q2,EUR,USD,0.9090\n2020Q3,EUR,USD,0.8585\n");
        ScenarioRun run = ScenarioEngine.run(sc, Dataset.load(DataSources.embeddedAnd(seg).withFx(full)),
                ScenarioEngine.Options.defaults().withThreads(2));
        Series acme = run.histories().get("acme-cloud");
        assertEquals(Currency.USD, acme.currency());
        assertEquals(100 / 0.9079, acme.values()[0], 0.0, "EUR divided by EUR per USD");
        assertEquals(125 / 0.8585, acme.values()[2], 0.0);
        assertTrue(acme.conversion().contains("converted from EUR at the quarterly average EUR per USD"),
                acme.conversion());
        assertEquals(Dataset.embedded().revenue("aws").asOf(Quarter.parse("2020Q3")).values().length,
                run.histories().get("aws").size(), "the cloud data are untouched");
    }

    @Test
    void aScenarioInEuroConvertsTheCloudDataAndNamesAMissingRate() throws IOException {
        Path fx = write("fx.csv", "calendar_quarter,currency,per,average_rate\n2020Q1,USD,EUR,1.1\n");
        Scenario sc = Scenario.builder("eur", Quarter.parse("2020Q3"), Quarter.parse("2021Q4")).currency("eur")
                .series("aws").paths(200).build();
        assertEquals("EUR", sc.currency(), "any ISO code, in any letter case");
        ScenarioProblem p = assertThrows(ScenarioProblem.class,
                () -> ScenarioEngine.run(sc, Dataset.load(DataSources.EMBEDDED.withFx(fx))));
        assertEquals("series[0].id", p.key());
        assertTrue(p.problem().startsWith("aws is in USD and the scenario in EUR: no USD per EUR rate for 2014Q1"),
                p.problem());
        ScenarioProblem code = assertThrows(ScenarioProblem.class, () -> scenario().currency("EURO")
                .series("aws").build());
        assertEquals("currency", code.key());
    }
}
