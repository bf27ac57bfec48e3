package io.marketcast.forecast.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.registry.Methods;
import io.marketcast.model.CompetitionData;
import io.marketcast.model.CompetitionSeries;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompetitionRunnerTest {

    private static final CompetitionData M3 = CompetitionData.embeddedM3();

    @Test
    void naive2OnM3YearlyAndOtherReproducesThePublishedNaive2() {
        // Yearly and other series are never seasonal, so Naive2 is the naive method there: exact agreement.
        CompetitionResult r = CompetitionRunner.run(CompetitionSpec.of(Methods.parseList("naive2"))
                .withPeriods(List.of("YEARLY", "OTHER")), M3);
        for (String period : List.of("YEARLY", "OTHER")) {
            CompetitionData.Published p = M3.published().stream()
                    .filter(x -> x.method().equals("NAIVE2") && x.period().equals(period)).findFirst().orElseThrow();
            CompetitionResult.Row row = r.row("naive2", period);
            assertEquals(p.smape(), row.smape(), 5e-5, period + " sMAPE");
            assertEquals(p.mase(), row.mase(), 5e-5, period + " MASE");
            assertEquals(p.series(), row.series());
            assertEquals(0, row.failures());
        }
        assertEquals(645 + 174, r.row("naive2", "ALL").series());
    }

    @Test
    void theNumbersDoNotDependOnTheThreadCount() {
        List<String> periods = List.of("QUARTERLY");
        CompetitionSpec spec = CompetitionSpec.of(Methods.parseList("theta,dotm,auto")).withPeriods(periods);
        CompetitionData sub = subset(60);
        CompetitionResult one = CompetitionRunner.run(spec.withThreads(1), sub);
        CompetitionResult three = CompetitionRunner.run(spec.withThreads(3), sub);
        assertEquals(one, three);
        assertEquals(one.scores(), three.scores());
    }

    @Test
    void rowMeansAreMeansOfTheSeriesScores() {
        CompetitionData sub = subset(40);
        CompetitionResult r = CompetitionRunner.run(CompetitionSpec.of(Methods.parseList("ses,theta")), sub);
        for (String method : List.of("ses", "theta")) {
            double s = r.scores().stream().filter(x -> x.method().equals(method))
                    .mapToDouble(CompetitionResult.SeriesScore::smape).average().orElseThrow();
            assertEquals(s, r.row(method, "ALL").smape(), 1e-12);
        }
        CompetitionSeries first = sub.series().get(0);
        double[] f = Methods.get("theta").forecast(first.train(), first.frequency(), first.horizon()).mean();
        CompetitionResult.SeriesScore score = r.scores().stream()
                .filter(x -> x.id().equals(first.id()) && x.method().equals("theta")).findFirst().orElseThrow();
        assertEquals(Metrics.smape(first.test(), f), score.smape(), 1e-12);
        assertEquals(Metrics.mase(first.train(), first.frequency(), first.test(), f), score.mase(), 1e-12);
    }

    /** Coverage and MSIS of each series are those of the method's 80% and 95% intervals; rows are their means. */
    @Test
    void intervalScoresAreThoseOfTheMethodsIntervals() {
        CompetitionData sub = subset(40);
        CompetitionResult r = CompetitionRunner.run(CompetitionSpec.of(Methods.parseList("theta")), sub);
        for (CompetitionSeries s : sub.series()) {
            io.marketcast.forecast.Forecast f = Methods.get("theta").forecast(s.train(), s.frequency(), s.horizon());
            CompetitionResult.SeriesScore score = r.scores().stream().filter(x -> x.id().equals(s.id()))
                    .findFirst().orElseThrow();
            assertEquals(Metrics.coverage(s.test(), f.lower(0.80), f.upper(0.80)), score.coverage80(), 1e-12);
            assertEquals(Metrics.coverage(s.test(), f.lower(0.95), f.upper(0.95)), score.coverage95(), 1e-12);
            assertEquals(Metrics.msis(s.train(), s.frequency(), s.test(), f.lower(0.95), f.upper(0.95), 0.95),
                    score.msis(), 1e-9 * Math.abs(score.msis()));
        }
        double c80 = r.scores().stream().mapToDouble(CompetitionResult.SeriesScore::coverage80).average()
                .orElseThrow();
        assertEquals(c80, r.row("theta", "ALL").coverage80(), 1e-12);
        assertTrue(r.row("theta", "ALL").coverage95() >= c80, "a 95% interval holds what the 80% one does");
    }

    /**
     * A method that fails on some series (a refusal, a non-finite forecast, a bug) does not stop the run: the naive
     * forecast is scored there, the row counts the fallbacks, and each series score keeps the reason.
     */
    @Test
    void aMethodThatFailsOnSomeSeriesFallsBackToNaiveAndIsCounted() {
        CompetitionData sub = subset(30);
        io.marketcast.forecast.Method flaky = new io.marketcast.forecast.ForecastOnly("flaky",
                (history, period, horizon, levels) -> {
                    switch (history.length % 3) {
                        case 0 -> throw new io.marketcast.forecast.InsufficientDataException("refused");
                        case 1 -> {
                            double[] nan = new double[horizon];
                            java.util.Arrays.fill(nan, Double.NaN);
                            return io.marketcast.forecast.Forecast.pointOnly("flaky", nan);
                        }
                        default -> throw new IllegalStateException("bug");
                    }
                });
        CompetitionResult r = CompetitionRunner.run(CompetitionSpec.of(List.of(flaky,
                Methods.get("naive"))).withThreads(2), sub);
        CompetitionResult.Row row = r.row("flaky", "ALL");
        assertEquals(sub.series().size(), row.failures(), "every series failed one way or another");
        assertEquals(r.row("naive", "ALL").smape(), row.smape(), 1e-12, "scored as the naive forecast");
        assertTrue(r.scores().stream().filter(x -> x.method().equals("flaky"))
                .anyMatch(x -> x.failure().startsWith("IllegalStateException: bug")));
        assertTrue(r.scores().stream().filter(x -> x.method().equals("flaky"))
                .anyMatch(x -> x.failure().contains("non-finite")));
        assertEquals(0, r.row("naive", "ALL").failures());
    }

    @Test
    void progressIsReportedOncePerSeries() {
        CompetitionData sub = subset(20);
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger last = new java.util.concurrent.atomic.AtomicInteger();
        CompetitionRunner.run(CompetitionSpec.of(Methods.parseList("naive")).withThreads(2), sub, (done, total) -> {
            calls.incrementAndGet();
            last.accumulateAndGet(done, Math::max);
            assertEquals(sub.series().size(), total);
        });
        assertEquals(sub.series().size(), calls.get());
        assertEquals(sub.series().size(), last.get());
    }

    @Test
    void anUnknownPeriodIsRefusedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CompetitionRunner.run(
                CompetitionSpec.of(Methods.parseList("naive")).withPeriods(List.of("WEEKLY")), subset(10)));
        assertTrue(e.getMessage().contains("YEARLY, QUARTERLY, MONTHLY, OTHER"), e.getMessage());
    }

    /** Every k-th M3 series, all periods represented. */
    private static CompetitionData subset(int count) {
        return M3.sample(count);
    }
}
