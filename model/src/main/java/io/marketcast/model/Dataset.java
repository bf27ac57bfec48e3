package io.marketcast.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * All series of a market: company segments (revenue and segment profit), the Azure estimate, market totals and
 * shares by source, fiscal-year totals, disclosed growth rates and exchange rates — the embedded cloud data, a user's
 * own files ({@link #load}), or both merged.
 *
 * <p>Immutable. {@link #asOf(Quarter)} returns the dataset as it was known at the end of a quarter; every
 * forecast made "as of" a quarter starts from that view. The embedded default is {@link #embedded()}.
 */
public final class Dataset {

    private final List<Series> series;
    private final List<AnnualFigure> annual;
    private final List<GrowthRate> growthRates;
    private final FxRates fx;
    private final Optional<Quarter> asOf;
    private final String origin;
    private final String version;
    private final Info info;

    /**
     * What the data says about itself beyond its series.
     *
     * @param labels    per revenue slug: its display name
     * @param sources   market sources with a total, the default first (the embedded analysts', then a user's)
     * @param currency  the currency scenarios default to
     * @param userSlugs slugs of the series that came from a user's files
     */
    record Info(Map<String, String> labels, List<String> sources, Currency currency, Set<String> userSlugs) {
        Info {
            labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
            sources = List.copyOf(sources);
            userSlugs = Collections.unmodifiableSet(new LinkedHashSet<>(userSlugs));
        }
    }

    Dataset(List<Series> series, List<AnnualFigure> annual, List<GrowthRate> growthRates, FxRates fx,
            Optional<Quarter> asOf, String origin, String version, Info info) {
        this.series = List.copyOf(series);
        this.annual = List.copyOf(annual);
        this.growthRates = List.copyOf(growthRates);
        this.fx = fx;
        this.asOf = asOf;
        this.origin = origin;
        this.version = version;
        this.info = info;
    }

    /** The embedded cloud-infrastructure dataset (model resources; see docs/data.md). */
    public static Dataset embedded() {
        return DatasetLoader.embedded();
    }

    /**
     * A user's segments file (the segments.csv schema) in place of the embedded segments; the embedded FX rates,
     * growth rates, Azure estimate and market data stay.
     *
     * @throws DataException naming the file and line of the first problem; nothing is loaded
     */
    public static Dataset withSegmentsFrom(Path file) {
        return DatasetLoader.withSegmentsFrom(file);
    }

    /**
     * The data of {@code sources}: the embedded data, a user's files, or the user's files added to the embedded data
     * (docs/data.md, "Your own data"). Each user file is at most {@value DatasetLoader#MAX_FILE_BYTES} bytes, checked
     * before it is read.
     *
     * @throws DataException      naming the file, line and column of the first problem; nothing is loaded
     * @throws DataClashException when two rows give the same value, naming both
     */
    public static Dataset load(DataSources sources) {
        return DatasetLoader.load(sources);
    }

    /**
     * The embedded dataset as files in the schemas {@link #load} reads: file name → text (segments.csv with the Azure
     * estimate as its rows and a label column, definitions.csv, annual.csv, market.csv, fx.csv, and README.md
     * describing every column). {@code load(DataSources.only(folder))} of a folder holding them gives the embedded
     * series, totals, shares, rates and fiscal years back exactly. The library writes nothing; the caller does.
     */
    public static Map<String, String> export() {
        return DataExport.files();
    }

    /** The display name of a series: its label in the data, the embedded series' usual names, or the slug. */
    public String label(String slug) {
        String l = info.labels().get(slug);
        return l != null ? l : embeddedLabel(slug);
    }

    /** The usual display name of an embedded series ({@code aws} → AWS); other slugs are their own label. */
    public static String embeddedLabel(String slug) {
        return DatasetLoader.LABELS.getOrDefault(slug, slug);
    }

    /**
     * The market sources that have a total here ({@code synergy}, {@code canalys}, a user's {@code acea}...), the
     * default first: the embedded analysts' (Synergy first), then a user's in file order.
     */
    public List<String> marketSources() {
        return info.sources();
    }

    /**
     * The source scenarios use when none is named: the first of {@link #marketSources()} ({@code synergy} with the
     * embedded data, else the first source of the user's market files), if any.
     */
    public Optional<String> defaultMarketSource() {
        return info.sources().stream().findFirst();
    }

    /**
     * The currency scenarios use when none is named: USD with the embedded data; with a user's data alone, the
     * currency of its market totals when they agree, else the one most of its revenue series are in (USD first on a
     * tie).
     */
    public Currency currency() {
        return info.currency();
    }

    /** Slugs of the series that came from a user's files (not the embedded ones), in file order. */
    public Set<String> userSlugs() {
        return info.userSlugs();
    }

    /**
     * {@code s} in currency {@code to}, at the quarterly average rates of this data ({@link FxRates#convert}).
     *
     * @throws MissingRateException when a quarter of {@code s} has no rate, naming it
     */
    public Series convert(Series s, Currency to) {
        return fx.convert(s, to);
    }

    /** Every series: segments (revenue, then profit), the Azure estimate, market totals and shares. */
    public List<Series> series() {
        return series;
    }

    /** The distinct slugs, in dataset order. */
    public List<String> slugs() {
        return List.copyOf(series.stream().map(Series::slug).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** Every series of a slug (revenue, operating income...). */
    public List<Series> find(String slug) {
        return series.stream().filter(s -> s.slug().equals(slug)).toList();
    }

    /**
     * The series of {@code slug} measuring {@code metric}. Asking for {@link Metric#OPERATING_INCOME} of a unit
     * that reports adjusted EBITA (or the other way round) returns its profit measure; the series says which.
     *
     * @throws UnknownSeriesException when the slug or the metric is not there, with the known names
     */
    public Series series(String slug, Metric metric) {
        List<Series> all = find(slug);
        if (all.isEmpty()) {
            throw new UnknownSeriesException("series", slug, slugs());
        }
        for (Series s : all) {
            if (s.metric() == metric) {
                return s;
            }
        }
        if (metric.isIncome()) {
            for (Series s : all) {
                if (s.metric().isIncome()) {
                    return s;
                }
            }
        }
        throw new UnknownSeriesException("metric of " + slug, metric.slug(),
                all.stream().map(s -> s.metric().slug()).toList());
    }

    /**
     * Revenue of the company segment {@code slug}.
     *
     * @throws UnknownSeriesException when there is no such segment, or {@code slug} is a market total or an analyst
     *                                share (use {@link #marketTotal}, {@link #analystShare} or {@link #headline})
     */
    public Series revenue(String slug) {
        return series(slug, Metric.REVENUE);
    }

    /** The slug of an analyst's market total, e.g. {@code market-synergy}. */
    public static String marketTotalSlug(String source) {
        return "market-" + source;
    }

    /** The slug of an analyst's share of a vendor, e.g. {@code share-synergy-aws}. */
    public static String analystShareSlug(String source, String vendor) {
        return "share-" + source + "-" + vendor;
    }

    /**
     * The market total a source publishes, billions of the source's currency per quarter (the embedded analysts: USD).
     *
     * @throws UnknownSeriesException when {@code source} publishes none here, with the sources there are
     */
    public Series marketTotal(String source) {
        if (find(marketTotalSlug(source)).isEmpty()) {
            throw new UnknownSeriesException("market source", source, marketSources());
        }
        return series(marketTotalSlug(source), Metric.MARKET_TOTAL);
    }

    /**
     * An analyst's published share of {@code vendor}, percent.
     *
     * @throws UnknownSeriesException when there is none
     */
    public Series analystShare(String source, String vendor) {
        return series(analystShareSlug(source, vendor), Metric.MARKET_SHARE);
    }

    /**
     * The series a slug stands for when no metric is named: a company segment's revenue, a market's total, an
     * analyst's share.
     *
     * @throws UnknownSeriesException for an unknown slug
     */
    public Series headline(String slug) {
        List<Series> all = find(slug);
        if (all.isEmpty()) {
            throw new UnknownSeriesException("series", slug, slugs());
        }
        for (Metric m : List.of(Metric.REVENUE, Metric.MARKET_TOTAL, Metric.MARKET_SHARE)) {
            for (Series s : all) {
                if (s.metric() == m) {
                    return s;
                }
            }
        }
        return all.get(0);
    }

    /** Segment profit of {@code slug} (operating income or adjusted EBITA). */
    public Series income(String slug) {
        return series(slug, Metric.OPERATING_INCOME);
    }

    /** {@code s} in USD, converted at quarterly average rates when in another currency. */
    public Series inUsd(Series s) {
        return fx.toUsd(s);
    }

    /** Fiscal-year totals of {@code slug}, oldest first. */
    public List<AnnualFigure> annual(String slug) {
        return annual.stream().filter(a -> a.slug().equals(slug)).toList();
    }

    public List<AnnualFigure> annual() {
        return annual;
    }

    public List<GrowthRate> growthRates() {
        return growthRates;
    }

    public FxRates fx() {
        return fx;
    }

    /** The as-of quarter of this view; empty for the full dataset. */
    public Optional<Quarter> asOfQuarter() {
        return asOf;
    }

    /** Where the data came from: {@code embedded}, file paths, or both joined by {@code " + "}. */
    public String origin() {
        return origin;
    }

    /** A short content hash of the data files, for run manifests. */
    public String version() {
        return version;
    }

    /** The latest quarter with any value. */
    public Quarter lastQuarter() {
        return series.stream().filter(s -> !s.isEmpty()).map(Series::last).max(Quarter::compareTo)
                .orElseThrow(() -> new IllegalStateException("dataset is empty"));
    }

    /**
     * The dataset as known at the end of {@code q}: values of later quarters, recasts published later, later
     * fiscal-year totals, growth rates and FX rates are dropped. Series left with no values are dropped too.
     */
    public Dataset asOf(Quarter q) {
        List<Series> s = new ArrayList<>();
        for (Series x : series) {
            Series y = x.asOf(q);
            if (!y.isEmpty()) {
                s.add(y);
            }
        }
        List<AnnualFigure> a = annual.stream().filter(f -> !f.periodEnd().isAfter(q)).toList();
        List<GrowthRate> g = growthRates.stream().filter(r -> !r.quarter().isAfter(q)).toList();
        Quarter effective = asOf.map(prev -> prev.isBefore(q) ? prev : q).orElse(q);
        return new Dataset(s, a, g, fx.asOf(q), Optional.of(effective), origin, version, info);
    }

    /** Companies in the dataset. */
    public Set<String> companies() {
        Set<String> out = series.stream().map(Series::company).collect(Collectors.toCollection(LinkedHashSet::new));
        return Collections.unmodifiableSet(out);
    }
}
