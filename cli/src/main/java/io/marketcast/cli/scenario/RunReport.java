package io.marketcast.cli.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.marketcast.cli.json.Json;
import io.marketcast.cli.text.Money;
import io.marketcast.cli.text.TextTable;
import io.marketcast.cli.json.Manifest;
import io.marketcast.forecast.scenario.Scenario;
import io.marketcast.forecast.scenario.ScenarioRun;
import io.marketcast.forecast.share.MarketHistory;
import io.marketcast.forecast.sim.EventResult;
import io.marketcast.forecast.sim.SeriesQuantiles;
import io.marketcast.forecast.sim.Shock;
import io.marketcast.model.Point;
import io.marketcast.model.Quarter;
import io.marketcast.model.Series;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tables of record of a run (quantiles.csv, events.csv), the resolved scenario, the manifest, and the printed
 * summary. Charts and the report are drawn from these tables.
 */
public final class RunReport {

    static final String[] QUANTILE_COLUMNS = {"series", "quarter", "mean", "p5", "p10", "p25", "p50", "p75", "p90",
        "p95", "actual", "actual_status"};

    private RunReport() {
    }

    /** quantiles.csv: one row per series and simulated quarter; {@code actual} where the data has it. */
    public static String quantilesCsv(ScenarioRun run) {
        StringBuilder sb = new StringBuilder(String.join(",", QUANTILE_COLUMNS)).append('\n');
        for (SeriesQuantiles s : run.result().series().values()) {
            Series actual = run.actuals().get(s.id());
            for (int k = 0; k < s.quarters().size(); k++) {
                Quarter q = s.quarters().get(k);
                sb.append(s.id()).append(',').append(q).append(',').append(num(s.mean()[k]));
                for (double[] row : s.quantiles()) {
                    sb.append(',').append(num(row[k]));
                }
                Optional<Point> a = actual == null ? Optional.empty() : actual.point(q);
                sb.append(',').append(a.map(p -> num(p.value())).orElse(""));
                sb.append(',').append(a.map(p -> TextTable.csv(actualStatus(run, s.id(), p))).orElse(""));
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** events.csv: one row per event and quarter: P(condition at q), P(first reached by q). */
    public static String eventsCsv(ScenarioRun run) {
        StringBuilder sb = new StringBuilder("event,quarter,p_at,p_by\n");
        for (EventResult e : run.result().events()) {
            for (int k = 0; k < e.quarters().size(); k++) {
                sb.append(e.name()).append(',').append(e.quarters().get(k)).append(',').append(num(e.at()[k]))
                        .append(',').append(num(e.by()[k])).append('\n');
            }
        }
        return sb.toString();
    }

    /** The scenario with every default filled in, as YAML that runs to the same result. */
    public static String resolvedYaml(Scenario sc) {
        try {
            return new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)).writeValueAsString(resolved(sc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The scenario with every default filled in, as the tree of maps, lists and values a scenario file holds (keys
     * in file order): {@link #resolvedYaml} writes it as YAML, the explorer page edits it as JSON.
     */
    public static Map<String, Object> resolved(Scenario sc) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", sc.name());
        m.put("description", sc.description());
        m.put("as_of", sc.asOf().toString());
        m.put("horizon", sc.end().toString());
        m.put("currency", sc.currency());
        List<Map<String, Object>> series = new ArrayList<>();
        for (Scenario.SeriesSpec s : sc.series()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", s.id());
            x.put("label", s.label());
            x.put("method", s.method());
            x.put("window", s.window());
            if (s.capacity().isPresent()) {
                x.put("capacity", s.capacity().getAsDouble());
            }
            series.add(x);
        }
        m.put("series", series);
        m.put("market", sc.market().hasRest() ? ordered("basis", sc.market().basis().key(), "rest", sc.market().rest())
                : ordered("basis", sc.market().basis().key(), "source", sc.market().source()));
        Scenario.CorrelationSpec c = sc.correlation();
        m.put("correlation", c instanceof Scenario.Equal e ? (Object) e.rho()
                : c instanceof Scenario.Matrix mx ? mx.matrix() : "estimated");
        List<Map<String, Object>> shocks = new ArrayList<>();
        for (Shock s : sc.shocks()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("target", s.target());
            x.put("from", s.from().toString());
            x.put("to", s.to().toString());
            x.put("kind", s.kind().key());
            x.put("value", s.value());
            if (s.kind() == io.marketcast.forecast.sim.ShockKind.LEVEL_MULTIPLIER) {
                x.put("temporary", s.temporary());
                if (s.temporary()) {
                    x.put("decay", s.decay());
                }
            }
            shocks.add(x);
        }
        m.put("shocks", shocks);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("share", sc.analyses().share());
        a.put("profitability", sc.analyses().profitability());
        a.put("crossover", sc.analyses().crossover());
        a.put("thresholds", sc.analyses().thresholds().stream()
                .map(t -> ordered("series", t.series(), "value", t.value())).toList());
        a.put("margins", sc.analyses().margins());
        m.put("analyses", a);
        m.put("report_quarters", sc.reportQuarters().stream().map(Quarter::toString).toList());
        if (!sc.question().isEmpty()) {
            m.put("question", sc.question());
        }
        m.put("answer_quarters", sc.answerQuarters().stream().map(Quarter::toString).toList());
        if (!sc.guidance().isEmpty()) {
            m.put("guidance", sc.guidance().stream().map(g -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("series", g.series());
                x.put("profitable_by", g.profitableBy().toString());
                x.put("source", g.source());
                x.put("weight", g.weight());
                return x;
            }).toList());
        }
        m.put("paths", sc.paths());
        m.put("seed", sc.seed());
        m.put("outputs", ordered("directory", sc.outputs().directory(), "charts", sc.outputs().charts()));
        return m;
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    /** manifest.json: what is needed to reproduce and trust the run. */
    public static Manifest manifest(ScenarioRun run, String scenarioSource, String scenarioHash,
            String dataOrigin, String dataVersion, String toolVersion, String gitCommit) {
        return new Manifest(run.scenario().name(), scenarioSource, scenarioHash, run.scenario().seed(),
                run.scenario().paths(), run.scenario().asOf().toString(), run.scenario().end().toString(), dataOrigin,
                dataVersion, toolVersion, gitCommit,
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")", run.threads(),
                run.wallMillis(), run.fits(), run.correlation().matrix());
    }

    public static String manifestJson(Manifest manifest) {
        try {
            return Json.MAPPER.writeValueAsString(manifest) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a result row measures, for formatting. */
    enum Kind {
        MONEY, PERCENT;

        static Kind of(String id) {
            return id.startsWith("share:") || id.startsWith("margin:") ? PERCENT : MONEY;
        }

        String format(double v, String currency) {
            return this == MONEY ? Money.millions(v, currency) : String.format(Locale.ROOT, "%.1f%%", v);
        }

        /** The unit of the values in the tables of record, e.g. {@code EUR millions} or {@code percent}. */
        String unit(String currency) {
            return this == MONEY ? currency + " millions" : "percent";
        }
    }

    /**
     * What the shares of a run are shares of, e.g. {@code revenue over the synergy market total (analyst estimate)},
     * {@code synergy's published vendor shares (analyst estimates)}, or for a market with an explicit rest
     * {@code revenue over the tracked series plus the rest of the market (Other makers)}.
     */
    public static String shareBasis(ScenarioRun run) {
        Scenario sc = run.scenario();
        if (sc.market().basis() == Scenario.MarketBasis.ANALYST) {
            return sc.market().source() + "'s published vendor shares (analyst estimates)";
        }
        if (sc.market().hasRest()) {
            return "revenue over the tracked series plus the rest of the market (series " + sc.market().rest() + ")";
        }
        Series others = run.histories().get(MarketHistory.OTHERS);
        return "revenue over the " + sc.market().source() + " market total"
                + (others == null || others.hasEstimates() ? " (analyst estimate)" : "");
    }

    /**
     * series.csv, a table of record beside quantiles.csv: each result id's display name and unit, so that charts
     * drawn from the tables alone name the series as the run did. Columns {@code series, label, unit}: the label of
     * the series a row belongs to ({@code share:aws} and {@code income:aws} are AWS), the unit of its values
     * ({@code USD millions}, {@code percent}).
     */
    public static String seriesCsv(ScenarioRun run) {
        Scenario sc = run.scenario();
        StringBuilder sb = new StringBuilder("series,label,unit,metric\n");
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(run.result().series().keySet());
        ids.addAll(run.histories().keySet());
        for (String id : ids) {
            int colon = id.indexOf(':');
            String base = colon < 0 ? id : id.substring(colon + 1);
            String name = base.equals(MarketHistory.OTHERS) ? "rest of market" : sc.label(base);
            sb.append(TextTable.csv(id)).append(',').append(TextTable.csv(name)).append(',')
                    .append(Kind.of(id).unit(sc.currency())).append(',').append(TextTable.csv(metric(run, id)))
                    .append('\n');
        }
        return sb.toString();
    }

    /**
     * What a result id measures, in the data's words: {@code revenue}, {@code market share}, and for profit units
     * the company's own measure ({@code adjusted EBITA} for Alibaba, {@code operating income} for most), or its
     * margin ({@code adjusted EBITA margin}).
     */
    static String metric(ScenarioRun run, String id) {
        if (id.startsWith("share:")) {
            return "market share";
        }
        if (id.startsWith("income:") || id.startsWith("margin:")) {
            Series h = run.histories().get("income:" + id.substring(id.indexOf(':') + 1));
            String m = h == null || h.metricLabel() == null || h.metricLabel().isBlank() ? "operating income"
                    : h.metricLabel();
            return id.startsWith("margin:") ? (m.equals("operating income") ? "operating margin" : m + " margin") : m;
        }
        return "revenue";
    }

    /**
     * The printed summary of the result rows whose id passes {@code filter}: per report quarter, median and 80%
     * interval beside the actual value.
     */
    public static TextTable summary(ScenarioRun run, java.util.function.Predicate<String> filter) {
        TextTable t = new TextTable("series", "quarter", "median", "80% interval", "actual", "actual in 80%?")
                .right(2, 4);
        Scenario sc = run.scenario();
        for (SeriesQuantiles s : run.result().series().values()) {
            if (!filter.test(s.id())) {
                continue;
            }
            Kind kind = Kind.of(s.id());
            String cur = sc.currency();
            Series actual = run.actuals().get(s.id());
            for (Quarter q : sc.reportQuarters()) {
                if (!s.quarters().contains(q)) {
                    continue;
                }
                double lo = s.quantile(0.10, q);
                double hi = s.quantile(0.90, q);
                Optional<Point> a = actual == null ? Optional.empty() : actual.point(q);
                String inside = a.map(p -> p.value() >= lo && p.value() <= hi ? "yes"
                        : p.value() < lo ? "no, below" : "no, above").orElse("");
                t.row(label(sc, s.id()) + (run.warning(s.id()).isPresent() ? " " + AnswerBlock.WARN : ""), q,
                        kind.format(s.median(q), cur), kind.format(lo, cur) + " – "
                        + kind.format(hi, cur),
                        a.map(p -> kind.format(p.value(), cur) + (p.status().equals("estimate") ? " (est.)" : "")
                                + (comparable(run, s.id(), p) ? "" : " †")).orElse("–"),
                        inside);
            }
        }
        return t;
    }

    /** A result id's display name: {@code share:aws} → {@code AWS}, {@code others} → {@code rest of market}. */
    static String label(Scenario sc, String id) {
        int colon = id.indexOf(':');
        String base = colon < 0 ? id : id.substring(colon + 1);
        String name = base.equals("others") ? "rest of market" : sc.label(base);
        return id.startsWith("income:") ? name + " income" : id.startsWith("margin:") ? name + " margin" : name;
    }

    /**
     * The status of an actual value, saying when it is on a segment definition that is not comparable with the
     * fitted history (e.g. Alibaba's 2023 reorganisation): such a comparison says little about the forecast.
     */
    static String actualStatus(ScenarioRun run, String id, Point p) {
        return comparable(run, id, p) ? p.status()
                : p.status() + "; definition " + p.definition() + " not comparable with the fitted history";
    }

    static boolean comparable(ScenarioRun run, String id, Point p) {
        Series h = run.bases().get(id);
        if (h == null || h.isEmpty()) {
            return true;
        }
        return h.basisOf(h.lastPoint().definition()).equals(h.basisOf(p.definition()));
    }

    /**
     * Per profitability unit: profitable since (when it already is), the profit model chosen, the median first
     * profitable quarter with its 80% range, the probability by the horizon, and what happened.
     */
    public static TextTable profitSummary(ScenarioRun run) {
        TextTable t = new TextTable("unit", "profitable now?", "margin model", "first profitable quarter: median",
                "80% range", "P(by " + run.scenario().end() + ")", "what happened");
        for (Map.Entry<String, ScenarioRun.Profit> e : run.profits().entrySet()) {
            String unit = e.getKey();
            ScenarioRun.Profit p = e.getValue();
            EventResult ev = run.result().event(ScenarioRun.profitableEvent(unit));
            double pEnd = ev.by()[ev.by().length - 1];
            String now = p.history().profitableSince().map(q -> "yes, since " + q).orElse("no");
            String model = p.fit().method().id() + (p.fit().flags().isEmpty() ? ""
                    : " ⚠ " + String.join(", ", p.fit().flags()));
            if (p.history().profitableSince().isPresent()) {
                // already profitable: there is no first profitable quarter to forecast
                t.row(run.scenario().label(unit), now, model, "— (already profitable)", "—", "—", "—");
                continue;
            }
            String median = ev.median().map(Quarter::toString)
                    .orElse(pEnd < 0.5 ? "unlikely within horizon" : "beyond horizon");
            String range = ev.quarterReaching(0.1).map(Quarter::toString).orElse("beyond") + " – "
                    + ev.quarterReaching(0.9).map(Quarter::toString).orElse("beyond horizon");
            String happened = p.actualFirst().map(a -> a.quarter() + (comparable(run, "income:" + unit, a) ? ""
                    : " † (" + a.definition() + ")")).orElse("not yet in the data");
            t.row(run.scenario().label(unit), now, model, median, range, pct(pEnd), happened);
        }
        return t;
    }

    /** Event lines: probability by the horizon end, median quarter and 80% range of the first quarter. */
    public static TextTable eventSummary(ScenarioRun run) {
        TextTable t = new TextTable("event", "P(by " + run.scenario().end() + ")", "median quarter", "80% range")
                .right(1);
        for (EventResult e : run.result().events()) {
            t.row(e.name(), pct(e.by()[e.by().length - 1]), e.median().map(Quarter::toString).orElse("beyond horizon"),
                    e.quarterReaching(0.1).isEmpty() ? "beyond horizon" : e.quarterReaching(0.1).get() + " – "
                            + e.quarterReaching(0.9).map(Quarter::toString).orElse("beyond horizon"));
        }
        return t;
    }

    /** $ millions as a short string: 11,601 → "$11.6B", 850 → "$850M". */
    public static String money(double millions) {
        return Money.millions(millions, "USD");
    }

    static String pct(double p) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }

    /** Full precision, no exponent for ordinary magnitudes. */
    static String num(double v) {
        return Double.toString(v).contains("E") ? String.format(Locale.ROOT, "%.17g", v) : Double.toString(v);
    }
}
