package io.marketcast.cli.scenario;

import com.fasterxml.jackson.core.JsonToken;
import io.marketcast.cli.scenario.Yaml.ListNode;
import io.marketcast.cli.scenario.Yaml.MapNode;
import io.marketcast.cli.scenario.Yaml.Node;
import io.marketcast.cli.scenario.Yaml.Scalar;
import io.marketcast.forecast.registry.MethodRegistry;
import io.marketcast.forecast.registry.Methods;
import io.marketcast.forecast.scenario.Scenario;
import io.marketcast.forecast.scenario.ScenarioEngine;
import io.marketcast.forecast.scenario.ScenarioProblem;
import io.marketcast.forecast.sim.Shock;
import io.marketcast.forecast.sim.ShockKind;
import io.marketcast.forecast.walk.FixedGrowth;
import io.marketcast.model.Dataset;
import io.marketcast.model.MissingRateException;
import io.marketcast.model.Names;
import io.marketcast.model.Quarter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Binds a scenario file to a library {@link Scenario} and validates it before any work is done. The file's syntax
 * and types are checked here; everything else by the library's own checks ({@link Scenario}'s constructors and
 * {@link ScenarioEngine#check}), whose {@link ScenarioProblem} names a key that is located back in the file. Every
 * problem is a {@link ScenarioException} naming the file, line, column and key: unknown keys (with the closest valid
 * one), wrong types, bad quarters, unknown series or methods, an as-of quarter beyond the data, an empty horizon,
 * impossible values.
 */
public final class ScenarioReader {

    private static final List<String> TOP = List.of("name", "description", "as_of", "horizon", "currency", "series",
            "market", "correlation", "shocks", "analyses", "report_quarters", "paths", "seed", "outputs", "question",
            "answer_quarters", "guidance");
    private static final List<String> GUIDANCE = List.of("series", "profitable_by", "source", "weight");
    private static final List<String> SERIES = List.of("id", "label", "method", "window", "capacity", "growth");
    private static final List<String> MARKET = List.of("basis", "source", "rest");
    private static final List<String> SHOCK = List.of("target", "from", "to", "kind", "value", "temporary",
            "decay");
    private static final List<String> ANALYSES = List.of("share", "profitability", "crossover", "thresholds",
            "margins");
    private static final List<String> THRESHOLD = List.of("series", "value");
    private static final List<String> OUTPUTS = List.of("directory", "charts");

    private final String file;
    private final Dataset data;
    private final MethodRegistry registry;
    private final Map<String, Node> nodes = new HashMap<>();

    private ScenarioReader(String file, Dataset data, MethodRegistry registry) {
        this.file = file;
        this.data = data;
        this.registry = registry;
    }

    /** {@link #read(String, String, Dataset, MethodRegistry)} with the standard registry. */
    public static Scenario read(String file, String text, Dataset data) {
        return read(file, text, data, Methods.registry());
    }

    /**
     * @param file     name used in messages
     * @param text     the YAML
     * @param data     the dataset the scenario will run on (series ids and the last quarter are checked against it)
     * @param registry resolves the series' methods
     */
    public static Scenario read(String file, String text, Dataset data, MethodRegistry registry) {
        ScenarioReader r = new ScenarioReader(file, data, registry);
        Node root = Yaml.parse(file, text);
        r.index(root);
        try {
            Scenario sc = r.scenario(root);
            ScenarioEngine.check(sc, data, registry);
            return sc;
        } catch (ScenarioProblem p) {
            throw r.locate(p);
        }
    }

    /**
     * A problem the library found only while running a scenario read from {@code text} (say, a profit model that
     * cannot be fitted), located at its key in the file like those found before the run.
     */
    public static ScenarioException locate(String file, String text, ScenarioProblem problem) {
        ScenarioReader r = new ScenarioReader(file, null, null);
        r.index(Yaml.parse(file, text));
        return r.locate(problem);
    }

    /** Every node by its key path, so that a library problem's key can be pointed at. */
    private void index(Node n) {
        nodes.put(n.path(), n);
        if (n instanceof MapNode m) {
            m.entries().values().forEach(this::index);
        } else if (n instanceof ListNode l) {
            l.items().forEach(this::index);
        }
    }

    /** The problem at the node of its key, or of the nearest enclosing key present in the file. */
    private ScenarioException locate(ScenarioProblem p) {
        String key = p.key();
        String k = key;
        while (!k.isEmpty() && !nodes.containsKey(k)) {
            int cut = Math.max(k.lastIndexOf('.'), k.lastIndexOf('['));
            k = cut < 0 ? "" : k.substring(0, cut);
        }
        Node n = nodes.getOrDefault(k, nodes.get(""));
        String hint = p.getCause() instanceof MissingRateException
                ? "; give quarterly average rates with --fx FILE (the fx.csv schema, docs/data.md) or choose another"
                        + " currency" : "";
        return new ScenarioException(file, n == null ? 0 : n.line(), n == null ? 0 : n.column(), key,
                p.problem() + hint);
    }

    private Scenario scenario(Node root) {
        MapNode m = map(root, "(top level)");
        keys(m, TOP);
        String name = string(required(m, "name"));
        String description = optional(m, "description") == null ? "" : string(m.entries().get("description"));
        Quarter asOf = quarter(required(m, "as_of"));
        ScenarioEngine.checkAsOf(asOf, data);
        Quarter end = horizon(required(m, "horizon"), asOf);
        Scenario.Builder b = Scenario.builder(name, asOf, end).description(description);
        b.currency(optional(m, "currency") != null ? string(m.entries().get("currency")) : data.currency().code());
        List<Scenario.SeriesSpec> series = series(required(m, "series"));
        b.seriesList(series);
        Set<String> ids = new HashSet<>();
        series.forEach(s -> ids.add(s.id()));
        b.market(market(optional(m, "market")));
        b.correlation(correlation(optional(m, "correlation")));
        b.analyses(analyses(optional(m, "analyses")));
        b.shocks(shocks(optional(m, "shocks"), end));
        if (optional(m, "report_quarters") != null) {
            b.reportQuarters(reportQuarters(m.entries().get("report_quarters")));
        }
        if (optional(m, "paths") != null) {
            b.paths((int) integer(m.entries().get("paths"), 1, Scenario.MAX_PATHS));
        }
        if (optional(m, "seed") != null) {
            b.seed(integer(m.entries().get("seed"), Long.MIN_VALUE, Long.MAX_VALUE));
        }
        b.outputs(outputs(optional(m, "outputs"), name));
        if (optional(m, "question") != null) {
            b.question(string(m.entries().get("question")));
        }
        if (optional(m, "answer_quarters") != null) {
            List<Quarter> aq = reportQuarters(m.entries().get("answer_quarters"));
            if (aq.isEmpty()) {
                throw error(m.entries().get("answer_quarters"), "an empty list (give the quarters the answer is"
                        + " for, e.g. [2020Q4, 2021Q1], or leave the key out for the report quarters)");
            }
            b.answerQuarters(aq);
        }
        b.guidance(guidance(optional(m, "guidance")));
        return b.build();
    }

    private Quarter horizon(Node n, Quarter asOf) {
        Scalar s = scalar(n);
        Quarter end;
        if (s.token() == JsonToken.VALUE_NUMBER_INT) {
            long h = integer(n, Long.MIN_VALUE, Long.MAX_VALUE);
            if (h < 1) {
                throw error(n, "the horizon is empty: " + h + " quarters (expected at least 1)");
            }
            if (h > Scenario.MAX_HORIZON) {
                throw error(n, h + " quarters is beyond the longest horizon, " + Scenario.MAX_HORIZON);
            }
            try {
                end = asOf.plus((int) h);
            } catch (IllegalArgumentException e) {
                throw error(n, h + " quarters after as_of " + asOf + " is past 2999Q4, the last quarter");
            }
        } else {
            end = quarter(n);
        }
        return end;
    }

    private List<Scenario.SeriesSpec> series(Node n) {
        ListNode list = list(n);
        List<Scenario.SeriesSpec> out = new ArrayList<>();
        for (Node item : list.items()) {
            MapNode s = item instanceof Scalar sc && sc.text() != null
                    ? new MapNode(sc.line(), sc.column(), sc.path(), Map.of("id", sc), Map.of()) : map(item, "series item");
            keys(s, SERIES);
            String id = string(required(s, "id"));
            String label = optional(s, "label") == null ? data.label(id) : string(s.entries().get("label"));
            String method = optional(s, "method") == null ? null : string(s.entries().get("method"));
            int window = optional(s, "window") == null ? 0 : (int) integer(s.entries().get("window"), 0, 200);
            OptionalDouble capacity = optional(s, "capacity") == null ? OptionalDouble.empty()
                    : OptionalDouble.of(number(s.entries().get("capacity")));
            if (optional(s, "growth") != null) {
                List<Double> growth = new ArrayList<>();
                for (Node g : list(s.entries().get("growth")).items()) {
                    double v = number(g);
                    if (!(v > -100)) {
                        throw error(g, "growth " + v + "% is not above -100%");
                    }
                    growth.add(v);
                }
                if (growth.isEmpty()) {
                    throw error(s.entries().get("growth"), "an empty growth path (give one rate per year, percent)");
                }
                if (method != null) {
                    throw error(s.entries().get("growth"), "a fixed growth path replaces the method; give either"
                            + " method or growth (or write method: fixed-growth:"
                            + growth.stream().map(String::valueOf).reduce((x, y) -> x + "," + y).orElse("") + ")");
                }
                method = new FixedGrowth(growth.stream().mapToDouble(Double::doubleValue).toArray()).name();
            }
            try {
                out.add(new Scenario.SeriesSpec(id, label, method, window, capacity));
            } catch (ScenarioProblem p) {
                throw new ScenarioProblem(s.path() + "." + p.key(), p.problem());
            }
        }
        return out;
    }

    private Scenario.Market market(Node n) {
        if (n == null) {
            return new Scenario.Market(Scenario.Market.DEFAULT.basis(), defaultSource());
        }
        MapNode m = map(n, "market");
        keys(m, MARKET);
        Scenario.MarketBasis basis = optional(m, "basis") == null ? Scenario.Market.DEFAULT.basis()
                : Scenario.MarketBasis.parse(oneOf(m.entries().get("basis"), List.of("revenue", "analyst")));
        String source = optional(m, "source") == null ? defaultSource() : string(m.entries().get("source"));
        String rest = optional(m, "rest") == null ? "" : string(m.entries().get("rest"));
        return new Scenario.Market(basis, source, rest);
    }

    /** The data's default market source ({@code synergy} with the embedded data). */
    private String defaultSource() {
        return data.defaultMarketSource().orElse(Scenario.Market.DEFAULT.source());
    }

    private Scenario.CorrelationSpec correlation(Node n) {
        if (n == null) {
            return new Scenario.Estimated();
        }
        if (n instanceof Scalar s && s.token() == JsonToken.VALUE_STRING) {
            oneOf(n, List.of("estimated"));
            return new Scenario.Estimated();
        }
        if (n instanceof Scalar) {
            return new Scenario.Equal(number(n));
        }
        ListNode rows = list(n);
        double[][] m = new double[rows.items().size()][];
        for (int i = 0; i < m.length; i++) {
            ListNode row = list(rows.items().get(i));
            m[i] = new double[row.items().size()];
            for (int j = 0; j < m[i].length; j++) {
                m[i][j] = number(row.items().get(j));
            }
        }
        return new Scenario.Matrix(m);
    }

    private List<Shock> shocks(Node n, Quarter end) {
        List<Shock> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        for (Node item : list(n).items()) {
            MapNode m = map(item, "shock");
            keys(m, SHOCK);
            Node targetNode = required(m, "target");
            String target = string(targetNode);
            Node fromNode = required(m, "from");
            Quarter from = quarter(fromNode);
            Quarter to = optional(m, "to") == null ? end : quarter(m.entries().get("to"));
            if (to.isBefore(from)) {
                throw error(m.entries().get("to"), "the window ends (" + to + ") before it starts (" + from + ")");
            }
            Node kindNode = required(m, "kind");
            ShockKind kind;
            try {
                kind = ShockKind.parse(string(kindNode));
            } catch (IllegalArgumentException e) {
                throw error(kindNode, e.getMessage());
            }
            Node valueNode = required(m, "value");
            double value = number(valueNode);
            if (kind == ShockKind.LEVEL_MULTIPLIER && value == 0 && target.equals(Shock.MARKET)) {
                throw error(valueNode, "a level_multiplier of 0 on the market sets every series to zero (shares and"
                        + " growth are then undefined); give a positive factor, or 0 on one series");
            }
            boolean temporary = false;
            double decay = 0;
            if (optional(m, "temporary") != null) {
                Node t = m.entries().get("temporary");
                temporary = bool(t);
                if (temporary && kind != ShockKind.LEVEL_MULTIPLIER) {
                    throw error(t, "temporary applies to level_multiplier only (" + kind + " acts on growth: the"
                            + " level it reached carries on after the window)");
                }
            }
            if (optional(m, "decay") != null) {
                Node d = m.entries().get("decay");
                decay = number(d);
                if (!temporary) {
                    throw error(d, "decay is the half-life of a temporary level shock's return; add temporary: true"
                            + " (a level shock without it lasts after its window)");
                }
                if (decay < 0) {
                    throw error(d, "decay is a half-life in quarters, >= 0, was " + decay);
                }
            }
            try {
                out.add(new Shock(target, from, to, kind, value, temporary, decay));
            } catch (IllegalArgumentException e) {
                throw error(valueNode, e.getMessage());
            }
        }
        return out;
    }

    private Scenario.Analyses analyses(Node n) {
        if (n == null) {
            return Scenario.Analyses.NONE;
        }
        MapNode m = map(n, "analyses");
        keys(m, ANALYSES);
        boolean share = optional(m, "share") != null && bool(m.entries().get("share"));
        List<String> profit = new ArrayList<>();
        if (optional(m, "profitability") != null) {
            for (Node item : list(m.entries().get("profitability")).items()) {
                profit.add(string(item));
            }
        }
        List<List<String>> cross = new ArrayList<>();
        if (optional(m, "crossover") != null) {
            for (Node item : list(m.entries().get("crossover")).items()) {
                ListNode pair = list(item);
                if (pair.items().size() != 2) {
                    throw error(item, "a crossover is a pair [challenger, leader], got " + pair.items().size()
                            + " entries");
                }
                List<String> p = new ArrayList<>();
                for (Node x : pair.items()) {
                    p.add(string(x));
                }
                cross.add(List.copyOf(p));
            }
        }
        List<Scenario.Threshold> thresholds = new ArrayList<>();
        if (optional(m, "thresholds") != null) {
            for (Node item : list(m.entries().get("thresholds")).items()) {
                MapNode t = map(item, "threshold");
                keys(t, THRESHOLD);
                thresholds.add(new Scenario.Threshold(string(required(t, "series")), number(required(t, "value"))));
            }
        }
        List<Double> margins = new ArrayList<>();
        if (optional(m, "margins") != null) {
            for (Node item : list(m.entries().get("margins")).items()) {
                margins.add(number(item));
            }
        }
        return new Scenario.Analyses(share, List.copyOf(profit), List.copyOf(cross), List.copyOf(thresholds),
                List.copyOf(margins));
    }

    private List<Scenario.Guidance> guidance(Node n) {
        List<Scenario.Guidance> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        for (Node item : list(n).items()) {
            MapNode g = map(item, "guidance");
            keys(g, GUIDANCE);
            String series = string(required(g, "series"));
            Quarter by = quarter(required(g, "profitable_by"));
            String source = optional(g, "source") == null ? "" : string(g.entries().get("source"));
            Node w = required(g, "weight");
            double weight = number(w);
            if (!(weight > 0)) {
                throw error(w, "a guidance weight is a positive likelihood ratio (1 = the model alone; 4 = paths"
                        + " consistent with the guidance count four times), was " + weight);
            }
            out.add(new Scenario.Guidance(series, by, source, weight));
        }
        return out;
    }

    private List<Quarter> reportQuarters(Node n) {
        List<Quarter> out = new ArrayList<>();
        for (Node item : list(n).items()) {
            out.add(quarter(item));
        }
        return out;
    }

    private Scenario.Outputs outputs(Node n, String name) {
        String dir = Scenario.Outputs.of(name).directory();
        boolean charts = Scenario.Outputs.of(name).charts();
        if (n != null) {
            MapNode m = map(n, "outputs");
            keys(m, OUTPUTS);
            if (optional(m, "directory") != null) {
                dir = string(m.entries().get("directory"));
                if (dir.isBlank()) {
                    throw error(m.entries().get("directory"), "an empty folder name (give a folder, e.g. out/"
                            + name + ")");
                }
            }
            if (optional(m, "charts") != null) {
                charts = bool(m.entries().get("charts"));
            }
        }
        return new Scenario.Outputs(dir, charts);
    }

    // ---- typed access with located errors ----

    private ScenarioException error(Node n, String problem) {
        return new ScenarioException(file, n.line(), n.column(), n.path(), problem);
    }

    private MapNode map(Node n, String what) {
        if (n instanceof MapNode m) {
            return m;
        }
        throw error(n, "expected a mapping of keys for " + what + ", found " + n.kind());
    }

    private ListNode list(Node n) {
        if (n instanceof ListNode l) {
            return l;
        }
        throw error(n, "expected a list, found " + n.kind());
    }

    private Scalar scalar(Node n) {
        if (n instanceof Scalar s && s.text() != null) {
            return s;
        }
        throw error(n, "expected a value, found " + (n instanceof Scalar ? "nothing" : n.kind()));
    }

    private String string(Node n) {
        return scalar(n).text().trim();
    }

    private double number(Node n) {
        Scalar s = scalar(n);
        if (s.token() != JsonToken.VALUE_NUMBER_INT && s.token() != JsonToken.VALUE_NUMBER_FLOAT) {
            throw error(n, "'" + s.text() + "' is not a number");
        }
        double v;
        try {
            v = Double.parseDouble(s.text().replace("_", ""));
        } catch (NumberFormatException e) {
            v = Double.NaN; // YAML's .nan, .inf and -.inf
        }
        if (!Double.isFinite(v)) {
            throw error(n, "'" + s.text() + "' is not a finite number");
        }
        return v;
    }

    private long integer(Node n, long min, long max) {
        Scalar s = scalar(n);
        if (s.token() != JsonToken.VALUE_NUMBER_INT) {
            throw error(n, "'" + s.text() + "' is not a whole number");
        }
        long v;
        try {
            v = Long.parseLong(s.text().replace("_", ""));
        } catch (NumberFormatException e) {
            throw error(n, "'" + s.text() + "' is too large");
        }
        if (v < min || v > max) {
            throw error(n, v + " is outside " + min + ".." + max);
        }
        return v;
    }

    private boolean bool(Node n) {
        Scalar s = scalar(n);
        if (s.token() == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (s.token() == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw error(n, "'" + s.text() + "' is not true or false");
    }

    private Quarter quarter(Node n) {
        try {
            return Quarter.parse(string(n));
        } catch (IllegalArgumentException e) {
            throw error(n, e.getMessage());
        }
    }

    private String oneOf(Node n, List<String> allowed) {
        String v = string(n);
        if (!allowed.contains(v)) {
            throw error(n, "'" + v + "' is not one of " + String.join(", ", allowed));
        }
        return v;
    }

    private Node required(MapNode m, String key) {
        Node n = m.entries().get(key);
        if (n == null || (n instanceof Scalar s && s.text() == null)) {
            String path = m.path().isEmpty() ? key : m.path() + "." + key;
            throw new ScenarioException(file, m.line(), m.column(), path, "is required but missing");
        }
        return n;
    }

    private static Node optional(MapNode m, String key) {
        Node n = m.entries().get(key);
        return n instanceof Scalar s && s.text() == null ? null : n;
    }

    private void keys(MapNode m, List<String> allowed) {
        for (Map.Entry<String, Node> e : m.entries().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                String hint = Names.closest(e.getKey(), allowed).map(c -> " (did you mean '" + c + "'?)").orElse("");
                Node v = e.getValue();
                int[] at = m.keyAt().getOrDefault(e.getKey(), new int[] {v.line(), v.column()});
                throw new ScenarioException(file, at[0], at[1], v.path(), "unknown key" + hint
                        + "; valid keys here: " + String.join(", ", allowed));
            }
        }
    }
}
