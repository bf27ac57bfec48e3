package io.marketcast.cli.explorer;

import io.marketcast.cli.chart.BaselineChart;
import io.marketcast.cli.chart.ChartFormat;
import io.marketcast.cli.chart.ChartSize;
import io.marketcast.cli.chart.CsvInput;
import io.marketcast.cli.chart.RunCharts;
import io.marketcast.cli.scenario.AnswerBlock;
import io.marketcast.cli.chart.SeriesLabels;
import io.marketcast.cli.report.ReportHtml;
import io.marketcast.cli.scenario.BaselineComparison;
import io.marketcast.cli.scenario.HistoryTable;
import io.marketcast.cli.scenario.RunReport;
import io.marketcast.cli.scenario.ScenarioReader;
import io.marketcast.forecast.registry.MethodRegistry;
import io.marketcast.forecast.scenario.Answers;
import io.marketcast.forecast.scenario.FitCache;
import io.marketcast.forecast.scenario.Scenario;
import io.marketcast.forecast.scenario.ScenarioEngine;
import io.marketcast.forecast.scenario.ScenarioRun;
import io.marketcast.model.Dataset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * One explorer session: the scenario the user named, edited by the page and re-run. Each edit arrives as the text of
 * a whole scenario (JSON, which is YAML) and is read by {@link ScenarioReader} — the same validation, with the same
 * messages, as a scenario file. Runs keep their fits in a {@link FitCache}, so an edit of shocks, guidance, paths or
 * seed only re-simulates; a what-if scenario's baseline run is kept while the baseline does not change. The last few
 * results are kept for their charts and tables. Thread-safe (runs are serialised).
 */
public final class Explorer {

    /** Sample paths the explorer simulates at most per run (use {@code marketcast run} for more). */
    public static final int MAX_PATHS = 200_000;

    /** Results kept for their charts and quantiles. */
    static final int KEPT = 4;

    /** The name messages give to the page's scenario. */
    public static final String SOURCE = "page";

    private final Dataset data;
    private final MethodRegistry registry;
    private final int threads;
    private final String initialText;
    private final FitCache fits = new FitCache(64);
    private final Map<Integer, Result> results = new LinkedHashMap<>(8, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Result> eldest) {
            return size() > KEPT;
        }
    };
    private String baselineKey;
    private ScenarioRun baselineRun;
    private int next = 1;

    /**
     * @param data        the data the scenario runs on
     * @param registry    resolves method names
     * @param threads     simulation threads (results do not depend on it)
     * @param initialText the text of the scenario the user named, already read by the caller
     * @param file        its name, for messages
     * @throws io.marketcast.cli.scenario.ScenarioException when it is not a valid scenario
     * @throws IllegalArgumentException when it asks for more than {@link #MAX_PATHS} paths
     */
    public Explorer(Dataset data, MethodRegistry registry, int threads, String initialText, String file) {
        this.data = Objects.requireNonNull(data, "data");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.threads = threads;
        Scenario sc = ScenarioReader.read(file, initialText, data, registry);
        checkPaths(file, sc);
        this.initialText = RunReport.resolvedYaml(sc);
        this.initial = sc;
    }

    private final Scenario initial;

    /** The scenario the session started from. */
    public Scenario initial() {
        return initial;
    }

    /** Reads and checks an edited scenario: the scenario reader's checks, then the explorer's path limit. */
    public Scenario read(String text) {
        Scenario sc = ScenarioReader.read(SOURCE, text, data, registry);
        checkPaths(SOURCE, sc);
        return sc;
    }

    private static void checkPaths(String file, Scenario sc) {
        if (sc.paths() > MAX_PATHS) {
            throw new IllegalArgumentException(file + ": paths: " + String.format(Locale.ROOT, "%,d", sc.paths())
                    + " is more than the explorer simulates (at most " + String.format(Locale.ROOT, "%,d", MAX_PATHS)
                    + "); run the saved scenario with marketcast run for more");
        }
    }

    /**
     * Runs an edited scenario (and its baseline when it has shocks).
     *
     * @throws io.marketcast.cli.scenario.ScenarioException for an invalid scenario, with its located message
     * @throws IllegalArgumentException for too many paths
     */
    public synchronized Result run(String text) {
        Scenario sc = read(text);
        long start = System.nanoTime();
        long hits = fits.hits();
        long misses = fits.misses();
        ScenarioEngine.Options options = new ScenarioEngine.Options(registry, threads, n -> { }).withFits(fits);
        ScenarioRun run = ScenarioEngine.run(sc, data, options);
        BaselineComparison baseline = null;
        if (!sc.shocks().isEmpty()) {
            Scenario base = sc.baseline();
            String key = RunReport.resolvedYaml(base);
            if (!key.equals(baselineKey)) {
                baselineRun = ScenarioEngine.run(base, data, options);
                baselineKey = key;
            }
            baseline = new BaselineComparison(run, baselineRun);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        int id = next++;
        Result r = new Result(id, run, baseline, millis, (int) (fits.hits() - hits), (int) (fits.misses() - misses));
        results.put(id, r);
        return r;
    }

    /** A kept result, or null when it has been dropped (only the last {@value #KEPT} are kept). */
    public synchronized Result result(int id) {
        return results.get(id);
    }

    /** The initial scenario as resolved YAML (every default filled in). */
    public String initialYaml() {
        return initialText;
    }

    /** One run of the page's scenario, with its charts drawn (and encoded) when first asked for. */
    public static final class Result {
        private final int id;
        private final ScenarioRun run;
        private final BaselineComparison baseline;
        private final long millis;
        private final int fitsReused;
        private final int fitsFitted;
        private Map<String, Chart<?, ?>> charts;
        private final Map<String, byte[]> pngs = new LinkedHashMap<>();

        /**
         * @param id         its number in this session
         * @param run        the scenario's run
         * @param baseline   the scenario beside its baseline, or null when it has no shocks
         * @param millis     wall time of the simulation(s), fits included
         * @param fitsReused fits taken from the cache
         * @param fitsFitted fits computed
         */
        Result(int id, ScenarioRun run, BaselineComparison baseline, long millis, int fitsReused, int fitsFitted) {
            this.id = id;
            this.run = run;
            this.baseline = baseline;
            this.millis = millis;
            this.fitsReused = fitsReused;
            this.fitsFitted = fitsFitted;
        }

        public int id() {
            return id;
        }

        public ScenarioRun run() {
            return run;
        }

        /** The scenario beside its baseline, or null when it has no shocks. */
        public BaselineComparison baseline() {
            return baseline;
        }

        /** Wall time of the simulation(s) in milliseconds, fits included. */
        public long millis() {
            return millis;
        }

        /** Fits taken from the cache. */
        public int fitsReused() {
            return fitsReused;
        }

        /** Fits computed for this run. */
        public int fitsFitted() {
            return fitsFitted;
        }

        /** quantiles.csv of this run, as {@code marketcast run} writes it. */
        public String quantilesCsv() {
            return RunReport.quantilesCsv(run);
        }

        /** The scenario as YAML that {@code marketcast run} reproduces these numbers from. */
        public String yaml() {
            return RunReport.resolvedYaml(run.scenario());
        }

        /** Chart name (as in a run's output folder, without .png) → its drawing: the baseline chart first. */
        public synchronized Map<String, Chart<?, ?>> charts() {
            if (charts == null) {
                Map<String, Chart<?, ?>> out = new LinkedHashMap<>();
                String s = RunReport.seriesCsv(run);
                Scenario sc = run.scenario();
                if (baseline != null) {
                    out.put("baseline", BaselineChart.build(baseline.csv(), baseline.shocksCsv(),
                            SeriesLabels.read(CsvInput.parse("series.csv", s)), sc.name(), sc.asOf(),
                            ChartSize.DEFAULT));
                }
                out.putAll(RunCharts.all(RunReport.quantilesCsv(run), RunReport.eventsCsv(run),
                        HistoryTable.csv(run), s, ChartSize.DEFAULT, sc.asOf()));
                // a chart drawn on a warned fit says so in its title, as run's PNGs do
                out.forEach((name, c) -> AnswerBlock.chartWarning(run, name, RunCharts::fanName)
                        .ifPresent(w -> c.setTitle(c.getTitle() + "  " + AnswerBlock.WARN + " " + AnswerBlock.kind(w))));
                charts = out;
            }
            return charts;
        }

        /** The PNG of one chart, or null when the run has no chart of that name. */
        public synchronized byte[] png(String name) {
            Chart<?, ?> c = charts().get(name);
            if (c == null) {
                return null;
            }
            return pngs.computeIfAbsent(name, n -> ChartFormat.PNG.encode(c));
        }

        /** The results as HTML for the page, each chart's source given by {@code chartUrl} (chart name → URL). */
        public String html(Function<String, String> chartUrl) {
            List<ReportHtml.Figure> figures = new ArrayList<>();
            ReportHtml.Figure baselineFigure = null;
            for (Map.Entry<String, Chart<?, ?>> e : charts().entrySet()) {
                ReportHtml.Figure f = new ReportHtml.Figure(chartUrl.apply(e.getKey()), e.getValue().getTitle());
                if (e.getKey().equals("baseline")) {
                    baselineFigure = f;
                } else {
                    figures.add(f);
                }
            }
            return ReportHtml.explorerResults(run, new ReportHtml.Results(Answers.of(run), List.of(), baseline,
                    baselineFigure), figures);
        }
    }
}
