package io.marketcast.forecast.scenario;

import io.marketcast.forecast.registry.Methods;
import io.marketcast.forecast.sim.Correlation;
import io.marketcast.forecast.sim.Shock;
import io.marketcast.forecast.sim.ShockKind;
import io.marketcast.forecast.sim.Simulation;
import io.marketcast.model.Currency;
import io.marketcast.model.Dataset;
import io.marketcast.model.Quarter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A scenario: what a user assumes, and what to compute. Immutable; every default lives here
 * ({@link #builder(String, Quarter, Quarter)}), and the compact constructors check everything that does not need
 * the data, each problem a {@link ScenarioProblem} naming the scenario key. {@link ScenarioEngine#check} checks the
 * rest against a dataset (series that exist, enough history, methods that exist). The keys are documented with
 * their units and defaults in docs/scenarios.md.
 *
 * @param name           short name; letters, digits, {@code . _ -}
 * @param description    free text
 * @param asOf           the vantage point: only data known at the end of this quarter is used
 * @param end            last forecast quarter, after {@code asOf} and at most {@value #MAX_HORIZON} quarters on
 * @param currency       ISO 4217 code of the currency all money series are converted to (default USD)
 * @param series         the series to forecast, at least one, ids distinct
 * @param market         how market totals and shares are formed
 * @param correlation    correlation of the series' innovations
 * @param shocks         changes applied on the paths
 * @param analyses       share, profitability, crossover and threshold questions
 * @param reportQuarters quarters shown in summaries, inside the forecast
 * @param paths          number of sample paths, 1..{@value #MAX_PATHS}
 * @param seed           the run's one seed
 * @param outputs        where and what a front end writes
 * @param question       the question the run answers, in words (empty: none stated)
 * @param answerQuarters the quarters the answer gives probabilities and values for, inside the forecast (the builder's
 *                       default: the report quarters)
 * @param guidance       what management said, as evidence that reweights the paths ({@link Guidance})
 */
public record Scenario(String name, String description, Quarter asOf, Quarter end, String currency,
        List<SeriesSpec> series, Market market, CorrelationSpec correlation, List<Shock> shocks, Analyses analyses,
        List<Quarter> reportQuarters, int paths, long seed, Outputs outputs, String question,
        List<Quarter> answerQuarters, List<Guidance> guidance) {

    /** Default number of sample paths. */
    public static final int DEFAULT_PATHS = Simulation.DEFAULT_PATHS;
    /** Default seed: the date of the news item behind the seed question. */
    public static final long DEFAULT_SEED = Simulation.DEFAULT_SEED;
    /** The most quarters a scenario looks ahead. */
    public static final int MAX_HORIZON = 80;
    /** The most sample paths a scenario may ask for. */
    public static final int MAX_PATHS = 50_000_000;
    /** The default currency of scenarios (series in other currencies are converted at quarterly average rates). */
    public static final String USD = "USD";

    public Scenario {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(end, "end");
        currency = currency == null ? USD : currency;
        series = List.copyOf(series);
        market = market == null ? Market.DEFAULT : market;
        correlation = correlation == null ? new Estimated() : correlation;
        shocks = List.copyOf(shocks);
        analyses = analyses == null ? Analyses.NONE : analyses;
        reportQuarters = List.copyOf(reportQuarters);
        outputs = outputs == null ? Outputs.of(name) : outputs;
        question = question == null ? "" : question.strip();
        answerQuarters = answerQuarters == null || answerQuarters.isEmpty() ? reportQuarters
                : List.copyOf(answerQuarters);
        guidance = guidance == null ? List.of() : List.copyOf(guidance);
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new ScenarioProblem("name", "'" + name + "' is not a usable name (letters, digits, . _ -)");
        }
        if (!end.isAfter(asOf)) {
            throw new ScenarioProblem("horizon", "the horizon is empty: " + end + " is not after as_of " + asOf);
        }
        if (asOf.until(end) > MAX_HORIZON) {
            throw new ScenarioProblem("horizon", end + " is " + asOf.until(end) + " quarters after as_of; the"
                    + " longest horizon is " + MAX_HORIZON);
        }
        try {
            currency = Currency.parse(currency).code();
        } catch (IllegalArgumentException e) {
            throw new ScenarioProblem("currency", e.getMessage());
        }
        String rest = market.rest();
        if (!rest.isEmpty() && series.stream().anyMatch(x -> x.id().equals(rest))) {
            throw new ScenarioProblem("market.rest", "'" + rest + "' is one of the scenario's series; the rest of"
                    + " the market is a series that is not tracked");
        }
        if (series.isEmpty()) {
            throw new ScenarioProblem("series", "no series (expected at least one, e.g. '- id: aws')");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < series.size(); i++) {
            if (!ids.add(series.get(i).id())) {
                throw new ScenarioProblem("series[" + i + "].id", "series " + series.get(i).id()
                        + " is listed twice");
            }
        }
        if (correlation instanceof Matrix m && m.matrix().length != series.size()) {
            throw new ScenarioProblem("correlation", "a correlation matrix needs " + series.size() + " rows (one"
                    + " per series), has " + m.matrix().length);
        }
        for (int i = 0; i < shocks.size(); i++) {
            checkShock(shocks.get(i), "shocks[" + i + "]", ids, analyses, asOf);
        }
        analyses.check(ids);
        for (int i = 0; i < reportQuarters.size(); i++) {
            Quarter q = reportQuarters.get(i);
            if (!q.isAfter(asOf) || q.isAfter(end)) {
                throw new ScenarioProblem("report_quarters[" + i + "]", q + " is outside the forecast, "
                        + asOf.next() + ".." + end);
            }
        }
        if (paths < 1 || paths > MAX_PATHS) {
            throw new ScenarioProblem("paths", paths + " is outside 1.." + MAX_PATHS);
        }
        for (int i = 0; i < answerQuarters.size(); i++) {
            Quarter q = answerQuarters.get(i);
            if (!q.isAfter(asOf) || q.isAfter(end)) {
                throw new ScenarioProblem("answer_quarters[" + i + "]", q + " is outside the forecast, "
                        + asOf.next() + ".." + end);
            }
        }
        for (int i = 0; i < guidance.size(); i++) {
            Guidance g = guidance.get(i);
            String key = "guidance[" + i + "]";
            if (!analyses.profitability().contains(g.series())) {
                throw new ScenarioProblem(key + ".series", "guidance on '" + g.series() + "' needs it in"
                        + " analyses.profitability (" + (analyses.profitability().isEmpty() ? "which is empty"
                        : "which has " + String.join(", ", analyses.profitability())) + ")");
            }
            if (!g.profitableBy().isAfter(asOf) || g.profitableBy().isAfter(end)) {
                throw new ScenarioProblem(key + ".profitable_by", g.profitableBy() + " is outside the forecast, "
                        + asOf.next() + ".." + end);
            }
        }
    }

    /** The same scenario without shocks: the baseline a what-if scenario is compared with (same seed and paths). */
    public Scenario baseline() {
        return toBuilder().shocks(List.of()).build();
    }

    /**
     * Guidance as evidence: management said that {@code series} would be profitable by {@code profitableBy}. A path
     * on which the unit is first profitable by then is consistent with the guidance and gets weight {@code weight}
     * relative to the other paths (weight 1 = the model alone). The weight is a likelihood ratio, the odds a
     * forecaster puts on "management says so when it will happen" against "says so when it will not": the model's
     * probability p of the event becomes {@code w·p / (w·p + 1 − p)}, and every other probability of the run is
     * averaged over the paths with the same weights (docs/methods.md, "Guidance as evidence").
     *
     * @param series       a profitability unit of the scenario
     * @param profitableBy the quarter by which it was said to be profitable (income ≥ 0)
     * @param source       who said it and when, e.g. {@code CFO, Nov 2020}
     * @param weight       the likelihood ratio, positive and finite
     */
    public record Guidance(String series, Quarter profitableBy, String source, double weight) {
        public Guidance {
            Objects.requireNonNull(series, "series");
            Objects.requireNonNull(profitableBy, "profitableBy");
            source = source == null ? "" : source.strip();
            if (!(weight > 0 && Double.isFinite(weight))) {
                throw new ScenarioProblem("weight", "a guidance weight is a positive, finite likelihood ratio (1 = the"
                        + " model alone), was " + weight);
            }
        }
    }

    private static void checkShock(Shock s, String key, Set<String> ids, Analyses analyses, Quarter asOf) {
        if (!s.target().equals(Shock.MARKET) && !ids.contains(s.target())) {
            throw new ScenarioProblem(key + ".target", "unknown target '" + s.target() + "' (expected market or"
                    + " one of the scenario's series: " + String.join(", ", ids) + ")");
        }
        if (!s.from().isAfter(asOf)) {
            throw new ScenarioProblem(key + ".from", "a shock must start after as_of " + asOf + ", got " + s.from());
        }
        if (s.kind() == ShockKind.MARGIN_ADD_PP && !s.target().equals(Shock.MARKET)
                && !analyses.profitability().contains(s.target())) {
            throw new ScenarioProblem(key + ".target", "margin_add_pp needs " + s.target()
                    + " in analyses.profitability");
        }
    }

    /** A builder with every default; {@code asOf} and {@code end} are required. */
    public static Builder builder(String name, Quarter asOf, Quarter end) {
        return new Builder(name, asOf, end);
    }

    /** A builder holding this scenario's values. */
    public Builder toBuilder() {
        Builder b = new Builder(name, asOf, end);
        b.description = description;
        b.currency = currency;
        b.series = new ArrayList<>(series);
        b.market = market;
        b.correlation = correlation;
        b.shocks = new ArrayList<>(shocks);
        b.analyses = analyses;
        b.reportQuarters = new ArrayList<>(reportQuarters);
        b.paths = paths;
        b.seed = seed;
        b.outputs = outputs;
        b.question = question;
        b.answerQuarters = new ArrayList<>(answerQuarters);
        b.guidance = new ArrayList<>(guidance);
        return b;
    }

    /** The default report quarters: the end of the year after {@code asOf} (if inside) and the last quarter. */
    public static List<Quarter> defaultReportQuarters(Quarter asOf, Quarter end) {
        List<Quarter> out = new ArrayList<>();
        Quarter firstYearEnd = Quarter.of(Math.min(asOf.year() + 1, 2999), 4);
        if (!firstYearEnd.isAfter(end)) {
            out.add(firstYearEnd);
        }
        if (!end.equals(firstYearEnd)) {
            out.add(end);
        }
        return out;
    }

    /** The currency of money series. */
    public Currency money() {
        return Currency.parse(currency);
    }

    /** Label of a series id (the id itself for ids that are not the scenario's series). */
    public String label(String id) {
        return series.stream().filter(s -> s.id().equals(id)).map(SeriesSpec::label).findFirst().orElse(id);
    }

    /** The ids of the scenario's series, in order. */
    public List<String> ids() {
        return series.stream().map(SeriesSpec::id).toList();
    }

    /**
     * One forecast series.
     *
     * @param id       data slug, e.g. {@code aws}
     * @param label    display name
     * @param method   method name in the grammar of {@link io.marketcast.forecast.registry.MethodRegistry}
     *                 (default {@link Methods#SCENARIO_DEFAULT})
     * @param window   quarters of history to fit: 0 for the whole comparable stretch, else at least 3
     * @param capacity a fixed saturation level in the scenario currency's millions, for methods with one
     */
    public record SeriesSpec(String id, String label, String method, int window, OptionalDouble capacity) {

        public SeriesSpec {
            Objects.requireNonNull(id, "id");
            label = label == null ? defaultLabel(id) : label;
            method = method == null ? Methods.SCENARIO_DEFAULT : method;
            capacity = capacity == null ? OptionalDouble.empty() : capacity;
            if (window < 0 || window == 1 || window == 2 || window > 200) {
                throw new ScenarioProblem("window", "a window is 0 (the whole comparable history) or 3..200"
                        + " quarters, was " + window);
            }
            if (capacity.isPresent() && !(capacity.getAsDouble() > 0 && Double.isFinite(capacity.getAsDouble()))) {
                throw new ScenarioProblem("capacity", "capacity must be positive and finite, was "
                        + capacity.getAsDouble());
            }
        }

        /** A series with every default: its usual label, the scenario default method, all its history. */
        public static SeriesSpec of(String id) {
            return new SeriesSpec(id, null, null, 0, OptionalDouble.empty());
        }

        public SeriesSpec withMethod(String m) {
            return new SeriesSpec(id, label, m, window, capacity);
        }

        public SeriesSpec withLabel(String l) {
            return new SeriesSpec(id, l, method, window, capacity);
        }

        public SeriesSpec withWindow(int w) {
            return new SeriesSpec(id, label, method, w, capacity);
        }

        public SeriesSpec withCapacity(double c) {
            return new SeriesSpec(id, label, method, window, OptionalDouble.of(c));
        }

        /**
         * Display names of the embedded series ({@link Dataset#embeddedLabel}); other ids are their own label. Front
         * ends that know the data give its label instead ({@link Dataset#label}).
         */
        public static String defaultLabel(String id) {
            return Dataset.embeddedLabel(id);
        }
    }

    /** How market shares are formed. */
    public enum MarketBasis {
        /** Vendor revenue over an analyst's market total, the rest of the market simulated as its own series. */
        REVENUE("revenue"),
        /** The analyst's published vendor shares, as log-ratio random walks. */
        ANALYST("analyst");

        private final String key;

        MarketBasis(String key) {
            this.key = key;
        }

        /** The word in scenario files. */
        public String key() {
            return key;
        }

        /** @throws IllegalArgumentException naming the valid words */
        public static MarketBasis parse(String text) {
            for (MarketBasis b : values()) {
                if (b.key.equals(text)) {
                    return b;
                }
            }
            throw new IllegalArgumentException("'" + text + "' is not one of revenue, analyst");
        }
    }

    /**
     * Where the market's total comes from.
     *
     * @param basis  how shares are formed
     * @param source the source whose totals (and, on the analyst basis, vendor shares) are used: a market source of
     *               the data ({@link Dataset#marketSources()}: {@code synergy}, {@code canalys}, a user's own);
     *               never mixed
     * @param rest   on the revenue basis, instead of a source's total: a revenue series of the data that is the rest
     *               of the market, so that the market is the scenario's series plus it; empty for none
     */
    public record Market(MarketBasis basis, String source, String rest) {

        /** The embedded cloud market's analysts. */
        public static final List<String> SOURCES = List.of("synergy", "canalys");
        public static final Market DEFAULT = new Market(MarketBasis.REVENUE, "synergy");

        public Market {
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(source, "source");
            rest = rest == null ? "" : rest.strip();
            if (!source.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new ScenarioProblem("market.source", "'" + source + "' is not a source slug (lower-case"
                        + " letters and digits joined by '-', e.g. synergy; marketcast data list shows market-SOURCE)");
            }
            if (!rest.isEmpty() && basis != MarketBasis.REVENUE) {
                throw new ScenarioProblem("market.rest", "a rest-of-market series needs market.basis revenue");
            }
        }

        /** Shares over a source's total. */
        public Market(MarketBasis basis, String source) {
            this(basis, source, "");
        }

        /** Shares over the scenario's series plus {@code rest}, a series that is the rest of the market. */
        public static Market withRest(String rest) {
            return new Market(MarketBasis.REVENUE, DEFAULT.source(), rest);
        }

        /** Whether the market is the scenario's series plus an explicit rest (not a source's total). */
        public boolean hasRest() {
            return !rest.isEmpty();
        }
    }

    /** The correlation of the series' innovations. */
    public sealed interface CorrelationSpec permits Estimated, Equal, Matrix {
    }

    /**
     * Estimated from the series' quarterly log-growth residuals (the rest of the market included on the revenue
     * basis); pairs with fewer than {@value ScenarioEngine#MIN_OVERLAP} common quarters get the average.
     */
    public record Estimated() implements CorrelationSpec {
    }

    /** One common correlation in [0, 1). */
    public record Equal(double rho) implements CorrelationSpec {
        public Equal {
            if (!(rho >= 0 && rho < 1)) {
                throw new ScenarioProblem("correlation", "an equal correlation must be in [0, 1), was " + rho);
            }
        }
    }

    /** A full matrix in series order: symmetric, unit diagonal, positive definite. */
    public record Matrix(double[][] matrix) implements CorrelationSpec {
        public Matrix {
            double[][] copy = new double[matrix.length][];
            for (int i = 0; i < matrix.length; i++) {
                copy[i] = matrix[i].clone();
                if (copy[i].length != matrix.length) {
                    throw new ScenarioProblem("correlation[" + i + "]", "row " + (i + 1) + " has " + copy[i].length
                            + " entries, expected " + matrix.length);
                }
            }
            try {
                Correlation.of(copy);
            } catch (IllegalArgumentException e) {
                throw new ScenarioProblem("correlation", e.getMessage());
            }
            matrix = copy;
        }

        @Override
        public double[][] matrix() {
            double[][] copy = new double[matrix.length][];
            for (int i = 0; i < matrix.length; i++) {
                copy[i] = matrix[i].clone();
            }
            return copy;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Matrix m && Arrays.deepEquals(matrix, m.matrix);
        }

        @Override
        public int hashCode() {
            return Arrays.deepHashCode(matrix);
        }
    }

    /**
     * @param share         compute market shares
     * @param profitability units whose first profitable quarter is asked for
     * @param crossover     pairs {@code [challenger, leader]}: when does the first reach the second
     * @param thresholds    levels: when does a series reach a value
     * @param margins       operating margins (percent) whose first reaching quarter is asked for
     */
    public record Analyses(boolean share, List<String> profitability, List<List<String>> crossover,
            List<Threshold> thresholds, List<Double> margins) {

        public static final Analyses NONE = new Analyses(false, List.of(), List.of(), List.of(), List.of());

        public Analyses {
            profitability = List.copyOf(profitability);
            crossover = crossover.stream().map(List::copyOf).toList();
            thresholds = List.copyOf(thresholds);
            margins = List.copyOf(margins);
            for (int i = 0; i < margins.size(); i++) {
                double v = margins.get(i);
                if (!(v > -100 && v < 100)) {
                    throw new ScenarioProblem("analyses.margins[" + i + "]", "a margin is a percentage between -100"
                            + " and 100, got " + v);
                }
            }
            for (int i = 0; i < crossover.size(); i++) {
                List<String> p = crossover.get(i);
                if (p.size() != 2) {
                    throw new ScenarioProblem("analyses.crossover[" + i + "]", "a crossover is a pair [challenger,"
                            + " leader], got " + p.size() + " entries");
                }
                if (p.get(0).equals(p.get(1))) {
                    throw new ScenarioProblem("analyses.crossover[" + i + "]", "a crossover needs two different"
                            + " series");
                }
            }
        }

        /** The same analyses with shares on or off. */
        public Analyses withShare(boolean s) {
            return new Analyses(s, profitability, crossover, thresholds, margins);
        }

        /** These analyses and the profitability timing of {@code units}. */
        public Analyses withProfitability(String... units) {
            List<String> p = new ArrayList<>(profitability);
            p.addAll(List.of(units));
            return new Analyses(share, p, crossover, thresholds, margins);
        }

        /** These analyses and when {@code challenger} reaches {@code leader}. */
        public Analyses withCrossover(String challenger, String leader) {
            List<List<String>> c = new ArrayList<>(crossover);
            c.add(List.of(challenger, leader));
            return new Analyses(share, profitability, c, thresholds, margins);
        }

        /** These analyses and when {@code series} reaches {@code value} (scenario currency, millions). */
        public Analyses withThreshold(String series, double value) {
            List<Threshold> t = new ArrayList<>(thresholds);
            t.add(new Threshold(series, value));
            return new Analyses(share, profitability, crossover, t, margins);
        }

        /** These analyses and when each profitability unit's margin first reaches {@code percents}. */
        public Analyses withMargins(double... percents) {
            List<Double> m = new ArrayList<>(margins);
            for (double v : percents) {
                m.add(v);
            }
            return new Analyses(share, profitability, crossover, thresholds, m);
        }

        void check(Set<String> ids) {
            for (int i = 0; i < profitability.size(); i++) {
                if (!ids.contains(profitability.get(i))) {
                    throw new ScenarioProblem("analyses.profitability[" + i + "]", "profitability of '"
                            + profitability.get(i) + "': not one of the scenario's series (" + String.join(", ", ids)
                            + ")");
                }
            }
            for (int i = 0; i < crossover.size(); i++) {
                for (int j = 0; j < 2; j++) {
                    String id = crossover.get(i).get(j);
                    if (!ids.contains(id)) {
                        throw new ScenarioProblem("analyses.crossover[" + i + "][" + j + "]", "crossover series '"
                                + id + "' is not one of the scenario's series (" + String.join(", ", ids) + ")");
                    }
                }
            }
            for (int i = 0; i < thresholds.size(); i++) {
                if (!ids.contains(thresholds.get(i).series())) {
                    throw new ScenarioProblem("analyses.thresholds[" + i + "].series", "threshold series '"
                            + thresholds.get(i).series() + "' is not one of the scenario's series");
                }
            }
        }
    }

    /** When does {@code series} reach {@code value} (scenario currency, millions). */
    public record Threshold(String series, double value) {
        public Threshold {
            Objects.requireNonNull(series, "series");
            if (!Double.isFinite(value)) {
                throw new ScenarioProblem("value", "a threshold must be a finite number, was " + value);
            }
        }
    }

    /**
     * Where and what a front end writes (the library writes nothing).
     *
     * @param directory output folder
     * @param charts    write charts
     */
    public record Outputs(String directory, boolean charts) {
        /** {@code out/<name>}, with charts. */
        public static Outputs of(String name) {
            return new Outputs("out/" + name, true);
        }
    }

    /** Builds a {@link Scenario}; defaults as documented in docs/scenarios.md. */
    public static final class Builder {
        private final String name;
        private final Quarter asOf;
        private final Quarter end;
        private String description = "";
        private String currency = USD;
        private List<SeriesSpec> series = new ArrayList<>();
        private Market market = Market.DEFAULT;
        private CorrelationSpec correlation = new Estimated();
        private List<Shock> shocks = new ArrayList<>();
        private Analyses analyses = Analyses.NONE;
        private List<Quarter> reportQuarters;
        private int paths = DEFAULT_PATHS;
        private long seed = DEFAULT_SEED;
        private Outputs outputs;
        private String question = "";
        private List<Quarter> answerQuarters = new ArrayList<>();
        private List<Guidance> guidance = new ArrayList<>();

        private Builder(String name, Quarter asOf, Quarter end) {
            this.name = name;
            this.asOf = asOf;
            this.end = end;
        }

        public Builder description(String d) {
            this.description = d;
            return this;
        }

        public Builder currency(String c) {
            this.currency = c;
            return this;
        }

        /** Adds a series. */
        public Builder series(SeriesSpec s) {
            this.series.add(s);
            return this;
        }

        /** Adds series with every default, by id. */
        public Builder series(String... ids) {
            for (String id : ids) {
                this.series.add(SeriesSpec.of(id));
            }
            return this;
        }

        /** Replaces the series. */
        public Builder seriesList(List<SeriesSpec> s) {
            this.series = new ArrayList<>(s);
            return this;
        }

        public Builder market(Market m) {
            this.market = m;
            return this;
        }

        public Builder correlation(CorrelationSpec c) {
            this.correlation = c;
            return this;
        }

        /** Adds a shock. */
        public Builder shock(Shock s) {
            this.shocks.add(s);
            return this;
        }

        /** Replaces the shocks. */
        public Builder shocks(List<Shock> s) {
            this.shocks = new ArrayList<>(s);
            return this;
        }

        public Builder analyses(Analyses a) {
            this.analyses = a;
            return this;
        }

        public Builder reportQuarters(List<Quarter> q) {
            this.reportQuarters = new ArrayList<>(q);
            return this;
        }

        public Builder paths(int p) {
            this.paths = p;
            return this;
        }

        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        public Builder outputs(Outputs o) {
            this.outputs = o;
            return this;
        }

        public Builder question(String q) {
            this.question = q;
            return this;
        }

        /** The quarters the answer is given for (default: the report quarters). */
        public Builder answerQuarters(List<Quarter> q) {
            this.answerQuarters = new ArrayList<>(q);
            return this;
        }

        /** Replaces the guidance. */
        public Builder guidance(List<Guidance> g) {
            this.guidance = new ArrayList<>(g);
            return this;
        }

        /** @throws ScenarioProblem for anything the scenario keys do not allow */
        public Scenario build() {
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(end, "end");
            List<Quarter> report = reportQuarters == null ? defaultReportQuarters(asOf, end) : reportQuarters;
            return new Scenario(name, description, asOf, end, currency, series, market, correlation, shocks,
                    analyses, report, paths, seed, outputs == null ? Outputs.of(name) : outputs, question,
                    answerQuarters, guidance);
        }
    }
}
