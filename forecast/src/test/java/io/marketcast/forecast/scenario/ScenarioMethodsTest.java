package io.marketcast.forecast.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.MethodProvider;
import io.marketcast.forecast.docs.LibraryDoc;
import io.marketcast.forecast.registry.MethodRegistry;
import io.marketcast.forecast.sim.SeriesQuantiles;
import io.marketcast.forecast.sim.SimulationResult;
import io.marketcast.model.Dataset;
import io.marketcast.model.Quarter;
import io.marketcast.model.Series;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario engine is the methods' own model: a scenario without shocks and with independent series reports,
 * for every series and forecast quarter, the 10/50/90% quantiles that the series' method itself forecasts for the
 * history it saw — for ETS, Theta, DOTM, a growth curve and a user's plugin alike. So a scenario adds the joint
 * questions (shares, crossovers, profit timing) without changing any series' own forecast.
 */
class ScenarioMethodsTest {

    static final Quarter AS_OF = Quarter.parse("2020Q3");
    static final Quarter END = Quarter.parse("2022Q4");
    static final int PATHS = 40_000;
    static final long SEED = 20201108L;
    static final int PERIOD = 4;

    /**
     * Monte Carlo tolerance, in standard errors of a sample quantile. With N paths the sample p-quantile has
     * standard error {@code q'(p)·sqrt(p(1−p)/N)}, where {@code q'} is the derivative of the quantile function
     * (1/density), which we take from the method's own intervals at levels 0.78/0.82 (for p = 0.1, 0.9) and 0.02
     * (for the median). Five standard errors, plus the sketch's relative 2^-11: a correct engine fails one of the
     * 5 series × 9 quarters × 3 quantiles = 135 comparisons with probability below 135 × 5.7e-7 ≈ 8e-5 for an
     * arbitrary seed (this one is fixed, so the test is deterministic). Resolution: at the 10% and 90% quantiles
     * the tolerance is about 0.06 standard deviations of the forecast, so paths whose spread is 5% too wide or narrow
     * fail (checked by perturbing the comparison when this test was written; 2% passes unnoticed), as does reading
     * the 91% quantile for the 90% one.
     */
    static final double SE = 5;
    /** The quantile sketch reports values within a relative 2^-11 of the sample quantile. */
    static final double SKETCH = Math.pow(2, -11);

    /** The methods under test, one per series; the plugin is the one of docs/library.md. */
    static final Map<String, String> METHODS = new LinkedHashMap<>();

    static {
        METHODS.put("aws", "ets");                          // AutoETS picks ETS(A,A,N) here: additive, exact
        METHODS.put("azure", "dotm");
        METHODS.put("microsoft-intelligent-cloud", "theta");
        METHODS.put("alibaba-cloud", "gompertz");
        METHODS.put("google-cloud", "median-growth");        // the plugin of docs/library.md
    }

    @TempDir
    static Path dir;

    static URLClassLoader pluginClasses;
    static MethodRegistry registry;

    /** The registry: built-ins plus the docs' plugin, registered in-test as a provider instance. */
    @BeforeAll
    static void registerThePlugin() throws Exception {
        LibraryDoc doc = LibraryDoc.load();
        Path classes = LibraryDoc.compile(doc.pluginSources(), dir.resolve("plugin"));
        pluginClasses = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ScenarioMethodsTest.class.getClassLoader());
        MethodProvider provider = (MethodProvider) pluginClasses.loadClass(doc.serviceFile().text().strip())
                .getDeclaredConstructor().newInstance();
        registry = MethodRegistry.builtIn().with(List.of(provider));
    }

    @AfterAll
    static void close() throws IOException {
        pluginClasses.close();
    }

    static Scenario scenario(Map<String, String> methods) {
        Scenario.Builder b = Scenario.builder("methods", AS_OF, END).correlation(new Scenario.Equal(0))
                .paths(PATHS).seed(SEED);
        methods.forEach((id, m) -> b.series(Scenario.SeriesSpec.of(id).withMethod(m)));
        return b.build();
    }

    static ScenarioRun run(Scenario sc, int threads) {
        return ScenarioEngine.run(sc, Dataset.embedded(), new ScenarioEngine.Options(registry, threads, p -> { }));
    }

    @Test
    void quantilesOfEverySeriesAreItsMethodsOwnForecastAndDoNotDependOnThreads() {
        Scenario sc = scenario(METHODS);
        ScenarioRun two = run(sc, 2);
        ScenarioRun one = run(sc, 1);
        for (String id : two.result().series().keySet()) {
            SeriesQuantiles a = one.result().series(id);
            SeriesQuantiles b = two.result().series(id);
            assertEquals(a.quarters(), b.quarters(), id);
            assertArrayEquals(a.mean(), b.mean(), 0.0, id + ": means on 1 and 2 threads");
            for (int p = 0; p < a.probabilities().length; p++) {
                assertArrayEquals(a.quantiles()[p], b.quantiles()[p], 0.0, id + ": quantiles on 1 and 2 threads");
            }
        }

        String ets = two.models().get("aws").summary();
        assertTrue(ets.startsWith("ETS(A,"), "AutoETS on AWS as of 2020Q3 has additive errors, whose intervals are"
                + " exact; with multiplicative errors compare as in multiplicativeEts...: " + ets);
        StringBuilder worst = new StringBuilder();
        for (Map.Entry<String, String> e : METHODS.entrySet()) {
            double w = compare(two, e.getKey(), e.getValue());
            worst.append(String.format(Locale.ROOT, " %s/%s %.2f", e.getKey(), e.getValue(), w));
        }
    }

    /**
     * Compares the scenario's quantiles of {@code id} with its method's own forecast of the history the fit saw.
     *
     * @return the largest deviation as a fraction of its tolerance
     */
    static double compare(ScenarioRun run, String id, String method) {
        Series history = run.histories().get(id);
        assertEquals(AS_OF, history.last(), id + ": known up to the as-of quarter");
        List<Quarter> quarters = Quarter.range(history.last().next(), END);
        int horizon = quarters.size();
        Fitted own = registry.get(method).fit(history.values(), PERIOD);
        double[] levels = {0.02, 0.78, 0.80, 0.82};
        Forecast f = own.forecast(horizon, levels);
        Forecast inRun = run.models().get(id).forecast(horizon, levels);
        assertArrayEquals(f.mean(), inRun.mean(), 0.0, id + ": histories() is what the scenario's fit saw");
        assertArrayEquals(f.upper(0.80), inRun.upper(0.80), 0.0, id);

        SeriesQuantiles s = run.result().series(id);
        double worst = 0;
        for (int k = 0; k < horizon; k++) {
            Quarter q = quarters.get(k);
            // the point of every method here is the median: the mean of a Gaussian model, exp(centre) of a model in
            // logs
            double[] expected = {f.lower(0.80)[k], f.mean()[k], f.upper(0.80)[k]};
            double[] slope = {(f.lower(0.78)[k] - f.lower(0.82)[k]) / 0.02,
                (f.upper(0.02)[k] - f.lower(0.02)[k]) / 0.02, (f.upper(0.82)[k] - f.upper(0.78)[k]) / 0.02};
            double[] p = {0.1, 0.5, 0.9};
            for (int i = 0; i < 3; i++) {
                double se = slope[i] * Math.sqrt(p[i] * (1 - p[i]) / PATHS);
                double tolerance = SE * se + SKETCH * Math.abs(expected[i]);
                double got = s.quantile(p[i], q);
                worst = Math.max(worst, Math.abs(got - expected[i]) / tolerance);
                assertEquals(expected[i], got, tolerance, String.format(Locale.ROOT,
                        "%s (%s) %s: scenario %.0f%% quantile vs the method's forecast (SE %.3g)", id, method, q,
                        100 * p[i], se));
            }
        }
        return worst;
    }

    /**
     * ETS with multiplicative errors: the paths are the exact model, while the intervals are R's normal approximation
     * with the exact variance (Hyndman et al. 2008, ch. 6, "class 2"). So we check what is exact with Monte Carlo
     * tolerances (five standard errors, as above: false-failure rate below 1e-5 over these 9 + 3 comparisons) and
     * the approximation with a looser, stated one:
     * <ul>
     * <li>the mean of the paths is the point forecast (the conditional mean) at every step;
     * <li>one step ahead the model is exactly normal ({@code y = μ·(1 + σε)}), so the 10/50/90% quantiles are the
     * interval's bounds and the point;
     * <li>further ahead the product of {@code (1 + σε)} terms is skewed to the right: the median falls below the
     * mean, and the quantiles move from the normal's by about {@code γ/6} standard deviations for the median and
     * {@code (z² − 1)·γ/6 ≈ 0.11·γ} for the 10% and 90% quantiles (Cornish–Fisher, skewness γ). We allow 0.25
     * standard deviations, i.e. γ up to 1.5; ETS(M,A,N) on Alibaba Cloud as of 2020Q3 (σ ≈ 0.08, α = β ≈ 0.54)
     * reaches about 0.13 (the median in 2022Q4, γ ≈ 0.8).
     * </ul>
     */
    @Test
    void multiplicativeEtsPathsHaveTheForecastMeanAndRoughlyItsNormalQuantiles() {
        ScenarioRun run = run(scenario(Map.of("alibaba-cloud", "ets")), 2);
        Fitted fit = run.models().get("alibaba-cloud");
        assertTrue(fit.summary().startsWith("ETS(M,A,N)"), "the premise: " + fit.summary());
        List<Quarter> quarters = Quarter.range(AS_OF.next(), END);
        Forecast f = fit.forecast(quarters.size(), 0.80);
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        double z = normal.inverseCumulativeProbability(0.9);
        SeriesQuantiles s = run.result().series("alibaba-cloud");
        double worst = 0;
        for (int k = 0; k < quarters.size(); k++) {
            Quarter q = quarters.get(k);
            double sd = (f.upper(0.80)[k] - f.lower(0.80)[k]) / (2 * z);
            double mean = f.mean()[k];
            assertEquals(mean, s.mean(q), SE * sd / Math.sqrt(PATHS), "mean of the paths in " + q);
            double[] expected = {f.lower(0.80)[k], mean, f.upper(0.80)[k]};
            double[] got = {s.quantile(0.1, q), s.quantile(0.5, q), s.quantile(0.9, q)};
            double[] p = {0.1, 0.5, 0.9};
            for (int i = 0; i < 3; i++) {
                if (k == 0) {
                    double se = sd / normal.density(normal.inverseCumulativeProbability(p[i]))
                            * Math.sqrt(p[i] * (1 - p[i]) / PATHS);
                    assertEquals(expected[i], got[i], SE * se + SKETCH * expected[i], "one step ahead, "
                            + (100 * p[i]) + "%");
                } else {
                    worst = Math.max(worst, Math.abs(got[i] - expected[i]) / sd);
                    assertEquals(expected[i], got[i], 0.25 * sd, String.format(Locale.ROOT, "%s, %.0f%%: the"
                            + " normal approximation within 0.25 sd (%.1f)", q, 100 * p[i], sd));
                }
            }
            if (k > 0) {
                assertTrue(got[1] < mean, q + ": right-skewed paths have their median below the mean");
            }
        }
    }
}
