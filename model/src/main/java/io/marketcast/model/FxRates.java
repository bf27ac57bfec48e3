package io.marketcast.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Quarterly average exchange rates between currencies, as given: for a pair ({@code currency}, {@code per}) the
 * number of units of {@code currency} one unit of {@code per} bought on average in the quarter (the embedded data:
 * CNY per USD, the mean of the three monthly Fed H.10 averages; see docs/data.md). Immutable.
 *
 * <p>A conversion uses the pair's own rate where it is given, else the inverse of the opposite pair, else a cross
 * rate through one third currency that both are quoted against in that quarter. A quarter without any of these is an
 * error ({@link MissingRateException}), never a guess. Conversion is explicit: {@link #convert} returns a series that
 * says how it was converted.
 */
public final class FxRates {

    /** One pair of currencies: rates are units of {@code currency} per one unit of {@code per}. */
    private record Pair(Currency currency, Currency per) {
        @Override
        public String toString() {
            return currency + " per " + per;
        }
    }

    private final Map<Pair, NavigableMap<Quarter, Double>> rates;
    private final Map<Pair, String> sources;

    private FxRates(Map<Pair, NavigableMap<Quarter, Double>> rates, Map<Pair, String> sources) {
        Map<Pair, NavigableMap<Quarter, Double>> m = new LinkedHashMap<>();
        rates.forEach((p, r) -> m.put(p, Collections.unmodifiableNavigableMap(new TreeMap<>(r))));
        this.rates = Collections.unmodifiableMap(m);
        this.sources = Map.copyOf(sources);
    }

    /** No rates at all: only series already in the wanted currency convert. */
    public static FxRates none() {
        return new FxRates(Map.of(), Map.of());
    }

    /** CNY per USD by quarter (the embedded rates' form). */
    public FxRates(Map<Quarter, Double> cnyPerUsd) {
        this(Map.of(new Pair(Currency.CNY, Currency.USD), new TreeMap<>(check(Currency.CNY, Currency.USD,
                cnyPerUsd))), Map.of(new Pair(Currency.CNY, Currency.USD), "Fed H.10, FRED EXCHUS"));
    }

    /**
     * These rates and the rates of one more pair.
     *
     * @param currency the currency counted
     * @param per      the currency one unit of which the rate buys
     * @param byQuarter units of {@code currency} per one {@code per}, quarterly average; positive and finite
     * @param source   where the rates come from, for the note on converted series
     * @throws IllegalArgumentException when the pair (or its inverse) is already here, or a rate is not positive
     */
    public FxRates with(Currency currency, Currency per, Map<Quarter, Double> byQuarter, String source) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(per, "per");
        if (currency.equals(per)) {
            throw new IllegalArgumentException("a rate of " + currency + " per " + per + " is always 1");
        }
        Pair p = new Pair(currency, per);
        if (rates.containsKey(p) || rates.containsKey(new Pair(per, currency))) {
            throw new IllegalArgumentException("rates for " + currency + "/" + per + " are given twice");
        }
        Map<Pair, NavigableMap<Quarter, Double>> r = new LinkedHashMap<>(rates);
        r.put(p, new TreeMap<>(check(currency, per, byQuarter)));
        Map<Pair, String> s = new LinkedHashMap<>(sources);
        s.put(p, source == null ? "" : source);
        return new FxRates(r, s);
    }

    private static Map<Quarter, Double> check(Currency currency, Currency per, Map<Quarter, Double> byQuarter) {
        byQuarter.forEach((q, r) -> {
            if (r == null || !(r > 0) || !Double.isFinite(r)) {
                throw new IllegalArgumentException(currency + " per " + per + " rate must be positive, was " + r
                        + " at " + q);
            }
        });
        return byQuarter;
    }

    /** Whether the rates of {@code currency} per {@code per} (or the inverse pair) are given here. */
    public boolean hasPair(Currency currency, Currency per) {
        return rates.containsKey(new Pair(currency, per)) || rates.containsKey(new Pair(per, currency));
    }

    /** The pairs given, each as {@code CNY per USD}, in the order they were added. */
    public List<String> pairs() {
        return rates.keySet().stream().map(Pair::toString).toList();
    }

    /** The rates given for exactly this pair (not inverted), by quarter; empty when not given. */
    public NavigableMap<Quarter, Double> rates(Currency currency, Currency per) {
        return rates.getOrDefault(new Pair(currency, per), Collections.emptyNavigableMap());
    }

    /** CNY per USD by quarter: the embedded rates. */
    public NavigableMap<Quarter, Double> rates() {
        return rates(Currency.CNY, Currency.USD);
    }

    /**
     * CNY per USD, quarterly average.
     *
     * @throws MissingRateException when the quarter has none
     */
    public double cnyPerUsd(Quarter q) {
        return rate(Currency.CNY, Currency.USD, q);
    }

    /** The latest quarter with any rate; empty when there are none. */
    public java.util.Optional<Quarter> lastQuarter() {
        return rates.values().stream().filter(m -> !m.isEmpty()).map(NavigableMap::lastKey).max(Quarter::compareTo);
    }

    /**
     * Units of {@code currency} per one unit of {@code per} in quarter {@code q}: 1 for one currency, the given rate,
     * the inverse of the opposite pair's, or a cross rate through one third currency.
     */
    public OptionalDouble find(Currency currency, Currency per, Quarter q) {
        if (currency.equals(per)) {
            return OptionalDouble.of(1);
        }
        OptionalDouble d = direct(currency, per, q);
        if (d.isPresent()) {
            return d;
        }
        for (Currency k : thirds(currency, per)) {
            OptionalDouble a = direct(currency, k, q);
            OptionalDouble b = direct(per, k, q);
            if (a.isPresent() && b.isPresent()) {
                return OptionalDouble.of(a.getAsDouble() / b.getAsDouble());
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * {@link #find} or an error.
     *
     * @throws MissingRateException naming the pair and the quarter, and the quarters the pair's rates cover
     */
    public double rate(Currency currency, Currency per, Quarter q) {
        OptionalDouble r = find(currency, per, q);
        if (r.isEmpty()) {
            throw new MissingRateException(currency, per, q, coverage(currency, per));
        }
        return r.getAsDouble();
    }

    /** Whether {@link #find} has a rate. */
    public boolean has(Currency currency, Currency per, Quarter q) {
        return find(currency, per, q).isPresent();
    }

    private OptionalDouble direct(Currency currency, Currency per, Quarter q) {
        Double r = rates.getOrDefault(new Pair(currency, per), Collections.emptyNavigableMap()).get(q);
        if (r != null) {
            return OptionalDouble.of(r);
        }
        Double inv = rates.getOrDefault(new Pair(per, currency), Collections.emptyNavigableMap()).get(q);
        return inv == null ? OptionalDouble.empty() : OptionalDouble.of(1 / inv);
    }

    /** The currencies that both {@code a} and {@code b} are quoted against (either way round). */
    private List<Currency> thirds(Currency a, Currency b) {
        List<Currency> out = new ArrayList<>();
        for (Pair p : rates.keySet()) {
            for (Currency k : List.of(p.currency(), p.per())) {
                if (!k.equals(a) && !k.equals(b) && !out.contains(k) && hasPair(a, k) && hasPair(b, k)) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    /** What the rates between two currencies cover, for messages. */
    private String coverage(Currency a, Currency b) {
        NavigableMap<Quarter, Double> m = rates.get(new Pair(a, b));
        if (m == null) {
            m = rates.get(new Pair(b, a));
        }
        if (m != null && !m.isEmpty()) {
            return a + "/" + b + " rates cover " + m.firstKey() + ".." + m.lastKey();
        }
        List<Currency> via = thirds(a, b);
        if (!via.isEmpty()) {
            return "cross rates through " + via.get(0) + " exist only where both " + a + " and " + b + " have a rate";
        }
        return "there are no " + a + "/" + b + " rates" + (rates.isEmpty() ? "" : " (rates given: "
                + String.join(", ", pairs()) + ")");
    }

    /** Rates known at the end of {@code q}. */
    public FxRates asOf(Quarter q) {
        Map<Pair, NavigableMap<Quarter, Double>> m = new LinkedHashMap<>();
        rates.forEach((p, r) -> m.put(p, r.headMap(q, true)));
        return new FxRates(m, sources);
    }

    /**
     * The series in currency {@code to}: each value divided by its quarter's units of the series' currency per
     * {@code to}. A series already in {@code to} is returned as it is.
     *
     * @throws MissingRateException when a quarter of the series has no rate
     * @throws IllegalArgumentException when the series has no currency (a share)
     */
    public Series convert(Series s, Currency to) {
        if (s.currency() == null) {
            throw new IllegalArgumentException("series " + s.slug() + " is in " + s.unit() + ", not money");
        }
        if (s.currency().equals(to)) {
            return s;
        }
        List<Point> out = new ArrayList<>(s.size());
        for (Point p : s.points()) {
            double rate = rate(s.currency(), to, p.quarter());
            out.add(p.withValue(p.value() / rate));
        }
        return s.converted(to, out, how(s.currency(), to));
    }

    /** The series in USD ({@link #convert}). */
    public Series toUsd(Series s) {
        return convert(s, Currency.USD);
    }

    private String how(Currency from, Currency to) {
        Pair p = new Pair(from, to);
        if (rates.containsKey(p)) {
            return "converted from " + from + " at the quarterly average " + p + source(p);
        }
        Pair inv = new Pair(to, from);
        if (rates.containsKey(inv)) {
            return "converted from " + from + " at the inverse of the quarterly average " + inv + source(inv);
        }
        return "converted from " + from + " at quarterly average cross rates through "
                + thirds(from, to).stream().map(Currency::code).reduce((x, y) -> x + " or " + y).orElse("-");
    }

    private String source(Pair p) {
        String s = sources.getOrDefault(p, "");
        return s.isEmpty() ? "" : " (" + s + ")";
    }
}
