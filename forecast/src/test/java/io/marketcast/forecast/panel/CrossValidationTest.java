package io.marketcast.forecast.panel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.eval.CompetitionResult;
import io.marketcast.forecast.eval.CompetitionRunner;
import io.marketcast.forecast.eval.CompetitionSpec;
import io.marketcast.forecast.eval.Metrics;
import io.marketcast.forecast.registry.Methods;
import io.marketcast.model.CompetitionData;
import io.marketcast.model.CompetitionSeries;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

    private static final List<Method> METHODS = Methods.registry().parseList("naive2,theta,ets,auto");

    /** The series of one period as a panel on an integer index: train then test, as a user's file would hold them. */
    private static Panel panel(List<CompetitionSeries> series, int season) {
        PanelBuilder b = Panel.builder("m3", PanelOptions.DEFAULT.withSeason(season));
        long row = 2;
        for (CompetitionSeries s : series) {
            int t = 1;
            for (double v : s.train()) {
                b.add(row++, s.id(), Integer.toString(t++), v);
            }
            for (double v : s.test()) {
                b.add(row++, s.id(), Integer.toString(t++), v);
            }
        }
        return b.build();
    }

    @Test
    void oneWindowOnM3GivesTheBenchmarksScoresExactly() {
        CompetitionData sample = CompetitionData.embeddedM3().sample(48);
        CompetitionResult bench = CompetitionRunner.run(new CompetitionSpec(METHODS, List.of(), 2), sample);
        for (String period : List.of("YEARLY", "QUARTERLY", "MONTHLY", "OTHER")) {
            List<CompetitionSeries> ss = sample.series().stream().filter(s -> s.period().equals(period)).toList();
            int h = ss.get(0).horizon();
            Panel p = panel(ss, ss.get(0).frequency());
            CrossValidation.Result cv = CrossValidation.run(p, new CrossValidation.Spec(METHODS, h, 1, 1,
                    new double[] {0.8, 0.95}, 2));
            for (CrossValidation.Accuracy a : cv.accuracy()) {
                CompetitionResult.Row r = bench.rows().stream()
                        .filter(x -> x.method().equals(a.method()) && x.period().equals(period)).findFirst()
                        .orElseThrow();
                assertEquals(r.smape(), a.smape(), 1e-9, period + " " + a.method());
                assertEquals(r.mase(), a.mase(), 1e-9, period + " " + a.method());
                assertEquals(r.series(), a.series());
                assertEquals(r.failures(), a.fallbacks());
            }
        }
    }

    @Test
    void windowsRollAndScoresAreTheMetricsOfEachWindow() {
        double[] y = new double[30];
        for (int t = 0; t < y.length; t++) {
            y[t] = 100 + 3 * t + (t % 4 == 0 ? 5 : 0);
        }
        PanelBuilder b = Panel.builder("s", PanelOptions.DEFAULT.withSeason(4));
        for (int t = 0; t < y.length; t++) {
            b.add(t + 2, "a", Integer.toString(t + 1), y[t]);
        }
        Panel p = b.build();
        List<Method> naive = Methods.registry().parseList("naive");
        CrossValidation.Result r = CrossValidation.run(p, new CrossValidation.Spec(naive, 4, 3, 2,
                new double[] {0.8, 0.95}, 1));
        assertEquals(3, r.windows().size());
        int[] cutoffs = r.windows().stream().mapToInt(CrossValidation.Window::cutoff).toArray();
        assertArrayEquals(new int[] {22, 24, 26}, cutoffs);
        CrossValidation.Window w = r.windows().get(0);
        double last = y[21];
        double[] actual = {y[22], y[23], y[24], y[25]};
        assertArrayEquals(actual, w.actual());
        assertArrayEquals(new double[] {last, last, last, last}, w.forecast().mean());
        double[] train = java.util.Arrays.copyOf(y, 22);
        assertEquals(Metrics.smape(actual, w.forecast().mean()), w.scores().smape(), 0);
        assertEquals(Metrics.mase(train, 4, actual, w.forecast().mean()), w.scores().mase(), 0);
        double mae = 0;
        for (int t = 0; t < 4; t++) {
            mae += Math.abs(actual[t] - last) / 4;
        }
        assertEquals(mae, w.scores().mae(), 1e-12);
        double meanSmape = r.windows().stream().mapToDouble(x -> x.scores().smape()).sum() / 3;
        assertEquals(meanSmape, r.accuracy().get(0).smape(), 1e-12);
        assertEquals(3, r.accuracy().get(0).windows());
    }

    @Test
    void aSeriesTooShortForAMethodFallsBackAndTheRunGoesOn() {
        PanelBuilder b = Panel.builder("s", PanelOptions.DEFAULT.withSeason(1));
        for (int t = 1; t <= 3; t++) {
            b.add(t + 1, "short", Integer.toString(t), 10 + t);
        }
        for (int t = 1; t <= 20; t++) {
            b.add(t + 10, "long", Integer.toString(t), 10 + t * 1.5 + (t % 3));
        }
        Panel p = b.build();
        List<PanelForecaster.Result> r = PanelForecaster.forecast(p, new PanelForecaster.Spec(
                Methods.registry().parseList("ets,theta"), 3, new double[] {0.8}, 2));
        assertEquals(4, r.size());
        PanelForecaster.Result shortEts = r.get(0);
        assertEquals("ets", shortEts.method());
        assertTrue(shortEts.fallback(), shortEts.note());
        assertTrue(shortEts.note().startsWith("naive fallback: "), shortEts.note());
        assertArrayEquals(new double[] {13, 13, 13}, shortEts.forecast().mean());
        assertTrue(!r.get(2).fallback() && r.get(2).note().isEmpty(), r.get(2).note());
    }

    @Test
    void sameDoublesOnAnyThreadCount() {
        CompetitionData sample = CompetitionData.embeddedM3().sample(30);
        List<CompetitionSeries> monthly = sample.series().stream().filter(s -> s.period().equals("MONTHLY"))
                .toList();
        Panel p = panel(monthly, 12);
        List<Method> ms = Methods.registry().parseList("ets,theta,auto");
        List<PanelForecaster.Result> one = PanelForecaster.forecast(p, new PanelForecaster.Spec(ms, 18,
                new double[] {0.8, 0.95}, 1));
        List<PanelForecaster.Result> three = PanelForecaster.forecast(p, new PanelForecaster.Spec(ms, 18,
                new double[] {0.8, 0.95}, 3));
        assertEquals(one.size(), three.size());
        List<String> order = new ArrayList<>();
        for (int i = 0; i < one.size(); i++) {
            Forecast a = one.get(i).forecast();
            Forecast c = three.get(i).forecast();
            assertEquals(one.get(i).series().id(), three.get(i).series().id());
            assertEquals(a.method(), c.method());
            assertArrayEquals(a.mean(), c.mean(), 0);
            assertArrayEquals(a.upper(0.95), c.upper(0.95), 0);
            order.add(one.get(i).series().id() + "/" + a.method());
        }
        assertEquals(monthly.get(0).id() + "/ets", order.get(0));
        assertEquals(monthly.get(0).id() + "/auto", order.get(2));
    }

    @Test
    void etsWithAWeeklySeasonSaysItFittedWithoutSeasonality() {
        PanelBuilder b = Panel.builder("s", PanelOptions.DEFAULT);
        java.time.LocalDate d = java.time.LocalDate.of(2020, 1, 6);
        for (int t = 0; t < 160; t++) {
            b.add(t + 2, "w", d.plusWeeks(t).toString(), 100 + 10 * Math.sin(2 * Math.PI * t / 52) + t * 0.1);
        }
        Panel p = b.build();
        assertEquals(52, p.season());
        List<PanelForecaster.Result> r = PanelForecaster.forecast(p, new PanelForecaster.Spec(
                Methods.registry().parseList("ets,theta,auto"), 8, new double[] {0.8}, 1));
        assertTrue(r.get(0).note().contains("seasonal period 52 > 24"), r.get(0).note());
        assertEquals("", r.get(1).note());
        assertTrue(r.get(2).note().contains("seasonal period 52 > 24"), r.get(2).note());
        assertEquals("2023-01-30", r.get(0).series().date(160));
    }
}
