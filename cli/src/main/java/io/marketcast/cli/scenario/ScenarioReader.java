package io.marketcast.cli.scenario;

import com.fasterxml.jackson.core.JsonToken;
import io.marketcast.cli.scenario.Yaml.ListNode;
import io.marketcast.cli.scenario.Yaml.MapNode;
import io.marketcast.cli.scenario.Yaml.Node;
import io.marketcast.cli.scenario.Yaml.Scalar;
import io.marketcast.forecast.sim.PathMethod;
import io.marketcast.forecast.sim.PathMethods;
import io.marketcast.forecast.sim.Shock;
import io.marketcast.forecast.sim.ShockKind;
import io.marketcast.model.Dataset;
import io.marketcast.model.Metric;
import io.marketcast.model.Names;
import io.marketcast.model.Quarter;
import io.marketcast.model.Series;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads and validates a scenario file before any work is done. Every problem is a {@link ScenarioException} naming
 * the file, line, column and key: unknown keys (with the closest valid one), wrong types, bad quarters, unknown
 * series or methods, an as-of quarter beyond the data, an empty horizon, impossible values.
 */
public final class ScenarioReader {

    public static final int DEFAULT_PATHS = 10_000;
    public static final long DEFAULT_SEED = 20201108L;
    public static final int MAX_HORIZON = 80;
    public static final int MAX_PATHS = 50_000_000;

    private static final List<String> TOP = List.of("name", "description", "as_of", "horizon", "currency", "series",
            "market", "correlation", "shocks", "analyses", "report_quarters", "paths", "seed", "outputs");
    private static final List<String> SERIES = List.of("id", "label", "method", "window", "capacity", "growth");
    private static final List<String> MARKET = List.of("basis", "source");
    private static final List<String> SHOCK = List.of("target", "from", "to", "kind", "value");
    private static final List<String> ANALYSES = List.of("share", "profitability", "crossover", "thresholds",
            "margins");
    private static final List<String> THRESHOLD = List.of("series", "value");
    private static final List<String> OUTPUTS = List.of("directory", "charts");

    private final String file;
    private final Dataset data;

    private ScenarioReader(String file, Dataset data) {
        this.file = file;
        this.data = data;
    }

    /**
     * @param file name used in messages
     * @param text the YAML
     * @param data the dataset the scenario will run on (series ids and the last quarter are checked against it)
     */
    public static Scenario read(String file, String text, Dataset data) {
        return new ScenarioReader(file, data).scenario(Yaml.parse(file, text));
    }

    private Scenario scenario(Node root) {
        MapNode m = map(root, "(top level)");
        keys(m, TOP);
        String name = string(required(m, "name"));
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw error(m.entries().get("name"), "'" + name + "' is not a usable name (letters, digits, . _ -)");
        }
        String description = optional(m, "description") == null ? "" : string(m.entries().get("description"));
        Node asOfNode = required(m, "as_of");
        Quarter asOf = quarter(asOfNode);
        Quarter last = data.lastQuarter();
        if (asOf.isAfter(last)) {
            throw error(asOfNode, "as_of " + asOf + " is beyond the data, which ends at " + last);
        }
        Node horizonNode = required(m, "horizon");
        Quarter end = horizon(horizonNode, asOf);
        String currency = optional(m, "currency") == null ? "USD" : string(m.entries().get("currency"));
        if (!currency.equals("USD")) {
            throw error(m.entries().get("currency"), "only USD is supported for scenarios (CNY series are converted"
                    + " at quarterly average rates), got '" + currency + "'");
        }
        List<Scenario.SeriesSpec> series = series(required(m, "series"), asOf);
        Set<String> ids = new HashSet<>();
        series.forEach(s -> ids.add(s.id()));
        Scenario.Market market = market(optional(m, "market"));
        Scenario.CorrelationSpec corr = correlation(optional(m, "correlation"), series.size());
        Scenario.Analyses analyses = analyses(optional(m, "analyses"), ids);
        List<Shock> shocks = shocks(optional(m, "shocks"), ids, asOf, end, analyses);
        List<Quarter> report = reportQuarters(optional(m, "report_quarters"), asOf, end);
        int paths = optional(m, "paths") == null ? DEFAULT_PATHS : (int) integer(m.entries().get("paths"), 1,
                MAX_PATHS);
        long seed = optional(m, "seed") == null ? DEFAULT_SEED : integer(m.entries().get("seed"), Long.MIN_VALUE,
                Long.MAX_VALUE);
        Scenario.Outputs outputs = outputs(optional(m, "outputs"), name);
        return new Scenario(name, description, asOf, end, currency, series, market, corr, shocks, analyses, report,
                paths, seed, outputs);
    }

    private Quarter horizon(Node n, Quarter asOf) {
        Scalar s = scalar(n);
        Quarter end;
        if (s.token() == JsonToken.VALUE_NUMBER_INT) {
            long h = integer(n, Long.MIN_VALUE, Long.MAX_VALUE);
            if (h < 1) {
                throw error(n, "the horizon is empty: " + h + " quarters (expected at least 1)");
            }
            if (h > MAX_HORIZON) {
                throw error(n, h + " quarters is beyond the longest horizon, " + MAX_HORIZON);
            }
            end = asOf.plus((int) h);
        } else {
            end = quarter(n);
            if (!end.isAfter(asOf)) {
                throw error(n, "the horizon is empty: " + end + " is not after as_of " + asOf);
            }
            if (asOf.until(end) > MAX_HORIZON) {
                throw error(n, end + " is " + asOf.until(end) + " quarters after as_of; the longest horizon is "
                        + MAX_HORIZON);
            }
        }
        return end;
    }

    private List<Scenario.SeriesSpec> series(Node n, Quarter asOf) {
        ListNode list = list(n);
        if (list.items().isEmpty()) {
            throw error(n, "no series (expected at least one, e.g. '- id: aws')");
        }
        List<Scenario.SeriesSpec> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node item : list.items()) {
            MapNode s = item instanceof Scalar sc && sc.text() != null
                    ? new MapNode(sc.line(), sc.column(), sc.path(), Map.of("id", sc), Map.of()) : map(item, "series item");
            keys(s, SERIES);
            Node idNode = required(s, "id");
            String id = string(idNode);
            Series revenue;
            try {
                revenue = data.series(id, Metric.REVENUE);
            } catch (IllegalArgumentException e) {
                throw error(idNode, e.getMessage());
            }
            if (revenue.asOf(asOf).size() < 3) {
                throw error(idNode, "series " + id + " has " + revenue.asOf(asOf).size() + " values known as of " + asOf
                        + " (at least 3 are needed to forecast)");
            }
            if (!seen.add(id)) {
                throw error(idNode, "series " + id + " is listed twice");
            }
            String label = optional(s, "label") == null ? defaultLabel(id) : string(s.entries().get("label"));
            String method = optional(s, "method") == null ? PathMethods.AUTO : string(s.entries().get("method"));
            PathMethod pm;
            try {
                pm = PathMethods.get(method);
            } catch (IllegalArgumentException e) {
                throw error(s.entries().get("method"), e.getMessage());
            }
            int window = optional(s, "window") == null ? 0 : (int) integer(s.entries().get("window"), 0, 200);
            if (window == 1 || window == 2) {
                throw error(s.entries().get("window"), "a window is 0 (the whole comparable history) or at least 3"
                        + " quarters, was " + window);
            }
            OptionalDouble capacity = OptionalDouble.empty();
            if (optional(s, "capacity") != null) {
                double c = number(s.entries().get("capacity"));
                if (!(c > 0)) {
                    throw error(s.entries().get("capacity"), "capacity must be positive, was " + c);
                }
                if (!pm.takesCapacity()) {
                    throw error(s.entries().get("capacity"), "method " + pm.name() + " has no capacity; methods that "
                            + "take one: " + PathMethods.all().stream().filter(PathMethod::takesCapacity)
                                    .map(PathMethod::name).toList());
                }
                capacity = OptionalDouble.of(c);
            }
            List<Double> growth = new ArrayList<>();
            if (optional(s, "growth") != null) {
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
            }
            out.add(new Scenario.SeriesSpec(id, label, pm.name(), window, capacity, List.copyOf(growth)));
        }
        return out;
    }

    private static String defaultLabel(String id) {
        return switch (id) {
            case "aws" -> "AWS";
            case "azure" -> "Azure (estimate)";
            case "google-cloud" -> "Google Cloud";
            case "alibaba-cloud" -> "Alibaba Cloud";
            case "microsoft-intelligent-cloud" -> "Microsoft Intelligent Cloud";
            default -> id;
        };
    }

    private Scenario.Market market(Node n) {
        if (n == null) {
            return new Scenario.Market("revenue", "synergy");
        }
        MapNode m = map(n, "market");
        keys(m, MARKET);
        String basis = optional(m, "basis") == null ? "revenue" : oneOf(m.entries().get("basis"),
                List.of("revenue", "analyst"));
        String source = optional(m, "source") == null ? "synergy" : oneOf(m.entries().get("source"),
                List.of("synergy", "canalys"));
        return new Scenario.Market(basis, source);
    }

    private Scenario.CorrelationSpec correlation(Node n, int size) {
        if (n == null) {
            return new Scenario.CorrelationSpec("estimated", Double.NaN, null);
        }
        if (n instanceof Scalar s && s.token() == JsonToken.VALUE_STRING) {
            oneOf(n, List.of("estimated"));
            return new Scenario.CorrelationSpec("estimated", Double.NaN, null);
        }
        if (n instanceof Scalar) {
            double rho = number(n);
            if (!(rho >= 0 && rho < 1)) {
                throw error(n, "an equal correlation must be in [0, 1), was " + rho);
            }
            return new Scenario.CorrelationSpec("equal", rho, null);
        }
        ListNode rows = list(n);
        if (rows.items().size() != size) {
            throw error(n, "a correlation matrix needs " + size + " rows (one per series), has "
                    + rows.items().size());
        }
        double[][] m = new double[size][];
        for (int i = 0; i < size; i++) {
            ListNode row = list(rows.items().get(i));
            if (row.items().size() != size) {
                throw error(row, "row " + (i + 1) + " has " + row.items().size() + " entries, expected " + size);
            }
            m[i] = new double[size];
            for (int j = 0; j < size; j++) {
                m[i][j] = number(row.items().get(j));
            }
        }
        try {
            io.marketcast.forecast.sim.Correlation.of(m);
        } catch (IllegalArgumentException e) {
            throw error(n, e.getMessage());
        }
        return new Scenario.CorrelationSpec("matrix", Double.NaN, m);
    }

    private List<Shock> shocks(Node n, Set<String> ids, Quarter asOf, Quarter end, Scenario.Analyses analyses) {
        List<Shock> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        for (Node item : list(n).items()) {
            MapNode m = map(item, "shock");
            keys(m, SHOCK);
            Node targetNode = required(m, "target");
            String target = string(targetNode);
            if (!target.equals(Shock.MARKET) && !ids.contains(target)) {
                throw error(targetNode, "unknown target '" + target + "' (expected market or one of the scenario's"
                        + " series: " + String.join(", ", ids) + ")");
            }
            Node fromNode = required(m, "from");
            Quarter from = quarter(fromNode);
            if (!from.isAfter(asOf)) {
                throw error(fromNode, "a shock must start after as_of " + asOf + ", got " + from);
            }
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
            if ((kind == ShockKind.GROWTH_MULTIPLIER || kind == ShockKind.LEVEL_MULTIPLIER) && value < 0) {
                throw error(valueNode, kind + " must be >= 0, was " + value);
            }
            if (kind == ShockKind.MARGIN_ADD_PP && !target.equals(Shock.MARKET)
                    && !analyses.profitability().contains(target)) {
                throw error(targetNode, "margin_add_pp needs " + target + " in analyses.profitability");
            }
            out.add(new Shock(target, from, to, kind, value));
        }
        return out;
    }

    private Scenario.Analyses analyses(Node n, Set<String> ids) {
        if (n == null) {
            return new Scenario.Analyses(false, List.of(), List.of(), List.of(), List.of());
        }
        MapNode m = map(n, "analyses");
        keys(m, ANALYSES);
        boolean share = optional(m, "share") != null && bool(m.entries().get("share"));
        List<String> profit = new ArrayList<>();
        if (optional(m, "profitability") != null) {
            for (Node item : list(m.entries().get("profitability")).items()) {
                String id = string(item);
                if (!ids.contains(id)) {
                    throw error(item, "profitability of '" + id + "': not one of the scenario's series ("
                            + String.join(", ", ids) + ")");
                }
                try {
                    data.income(id);
                } catch (IllegalArgumentException e) {
                    throw error(item, id + " has no operating income or adjusted EBITA in the data");
                }
                profit.add(id);
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
                    String id = string(x);
                    if (!ids.contains(id)) {
                        throw error(x, "crossover series '" + id + "' is not one of the scenario's series ("
                                + String.join(", ", ids) + ")");
                    }
                    p.add(id);
                }
                if (p.get(0).equals(p.get(1))) {
                    throw error(item, "a crossover needs two different series");
                }
                cross.add(List.copyOf(p));
            }
        }
        List<Scenario.Threshold> thresholds = new ArrayList<>();
        if (optional(m, "thresholds") != null) {
            for (Node item : list(m.entries().get("thresholds")).items()) {
                MapNode t = map(item, "threshold");
                keys(t, THRESHOLD);
                Node sNode = required(t, "series");
                String id = string(sNode);
                if (!ids.contains(id)) {
                    throw error(sNode, "threshold series '" + id + "' is not one of the scenario's series");
                }
                thresholds.add(new Scenario.Threshold(id, number(required(t, "value"))));
            }
        }
        List<Double> margins = new ArrayList<>();
        if (optional(m, "margins") != null) {
            for (Node item : list(m.entries().get("margins")).items()) {
                double v = number(item);
                if (!(v > -100 && v < 100)) {
                    throw error(item, "a margin is a percentage between -100 and 100, got " + v);
                }
                margins.add(v);
            }
        }
        return new Scenario.Analyses(share, List.copyOf(profit), List.copyOf(cross), List.copyOf(thresholds),
                List.copyOf(margins));
    }

    private List<Quarter> reportQuarters(Node n, Quarter asOf, Quarter end) {
        List<Quarter> out = new ArrayList<>();
        if (n == null) {
            Quarter firstYearEnd = Quarter.of(asOf.year() + 1, 4);
            if (!firstYearEnd.isAfter(end)) {
                out.add(firstYearEnd);
            }
            if (!end.equals(firstYearEnd)) {
                out.add(end);
            }
            return out;
        }
        for (Node item : list(n).items()) {
            Quarter q = quarter(item);
            if (!q.isAfter(asOf) || q.isAfter(end)) {
                throw error(item, q + " is outside the forecast, " + asOf.next() + ".." + end);
            }
            out.add(q);
        }
        return out;
    }

    private Scenario.Outputs outputs(Node n, String name) {
        String dir = "out/" + name;
        boolean charts = true;
        if (n != null) {
            MapNode m = map(n, "outputs");
            keys(m, OUTPUTS);
            if (optional(m, "directory") != null) {
                dir = string(m.entries().get("directory"));
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
        double v = Double.parseDouble(s.text());
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
