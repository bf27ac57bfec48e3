package io.marketcast.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the dataset files (the schemas of docs/data.md) and checks every row: the embedded files, a user's files, or
 * both merged. A file with any problem is rejected whole, and so is a merge in which two rows give the same value:
 * the first problem is reported as {@code FILE:LINE: column 'x': what is wrong}, with a count of the others, and
 * nothing is loaded.
 */
final class DatasetLoader {

    static final String RESOURCES = "/io/marketcast/model/data/";
    /** The largest user file read; checked before reading. */
    static final long MAX_FILE_BYTES = TextFiles.MAX_DATA_BYTES;

    static final List<String> SEGMENT_COLUMNS = List.of("company", "segment", "calendar_quarter", "currency",
            "revenue_millions");
    static final List<String> DEFINITION_COLUMNS = List.of("definition", "revenue_basis", "income_basis");
    static final List<String> ANNUAL_COLUMNS = List.of("company", "segment", "fiscal_year", "period_end_quarter",
            "currency", "revenue_millions", "operating_income_millions", "income_metric");
    static final List<String> MARKET_COLUMNS = List.of("source", "calendar_quarter");
    static final List<String> FX_COLUMNS = List.of("calendar_quarter", "currency", "per", "average_rate");

    /** The files of a data folder, in the layout {@link Dataset#export()} writes. */
    static final String SEGMENTS = "segments.csv";
    static final String DEFINITIONS = "definitions.csv";
    static final String ANNUAL = "annual.csv";
    static final String MARKET = "market.csv";
    static final String FX = "fx.csv";

    /** What the embedded analysts measure. */
    static final String CLOUD_MARKET = "cloud infrastructure services market (IaaS, PaaS, hosted private)";

    /** Known segments → slug; any other segment gets a slug made from company and segment. */
    private static final Map<String, String> SLUGS = Map.ofEntries(
            Map.entry("amazon|aws", "aws"),
            Map.entry("alphabet|google cloud", "google-cloud"),
            Map.entry("microsoft|intelligent cloud", "microsoft-intelligent-cloud"),
            Map.entry("microsoft|azure and other cloud services (estimate)", AzureEstimate.SLUG),
            Map.entry("alibaba|cloud (alibaba cloud)", "alibaba-cloud"),
            Map.entry("ibm|cloud revenue (quarter)", "ibm-cloud"),
            Map.entry("ibm|cloud revenue (trailing 12 months)", "ibm-cloud-ttm"),
            Map.entry("oracle|cloud applications (saas)", "oracle-saas"),
            Map.entry("oracle|cloud infrastructure (oci, iaas)", "oracle-oci"),
            Map.entry("oracle|cloud revenue (iaas+saas)", "oracle-cloud"));

    /** Display names of the embedded series. */
    static final Map<String, String> LABELS = Map.of(
            "aws", "AWS",
            AzureEstimate.SLUG, "Azure (estimate)",
            "google-cloud", "Google Cloud",
            "alibaba-cloud", "Alibaba Cloud",
            "microsoft-intelligent-cloud", "Microsoft Intelligent Cloud");

    /** Analysts' vendor names → vendor slug (Synergy says Amazon, Canalys says AWS). */
    private static final Map<String, String> VENDORS = Map.of(
            "amazon", "aws", "aws", "aws", "microsoft", "microsoft", "google", "google-cloud",
            "alibaba", "alibaba-cloud");

    /** Slug of the rest of the market in scenarios; no series may take it. */
    static final String RESERVED_OTHERS = "others";

    private static volatile Dataset embedded;

    private DatasetLoader() {
    }

    /** One CSV text, what messages call it, and whether it is the embedded copy. */
    record Text(String name, String text, boolean embedded) {
    }

    /** The texts of a dataset, by file kind, in the order they are merged (embedded first). */
    static final class Texts {
        final List<Text> segments = new ArrayList<>();
        final List<Text> definitions = new ArrayList<>();
        final List<Text> annual = new ArrayList<>();
        final List<Text> growth = new ArrayList<>();
        final List<Text> market = new ArrayList<>();
        final List<Text> fx = new ArrayList<>();
        final List<String> origins = new ArrayList<>();
        boolean embedded;

        List<Text> all() {
            List<Text> out = new ArrayList<>();
            out.addAll(segments);
            out.addAll(annual);
            out.addAll(growth);
            out.addAll(market);
            out.addAll(fx);
            out.addAll(definitions);
            return out;
        }
    }

    static Dataset embedded() {
        Dataset d = embedded;
        if (d == null) {
            synchronized (DatasetLoader.class) {
                d = embedded;
                if (d == null) {
                    Texts t = new Texts();
                    addEmbedded(t, true);
                    t.origins.add("embedded");
                    d = build(t);
                    embedded = d;
                }
            }
        }
        return d;
    }

    private static void addEmbedded(Texts t, boolean withSegments) {
        t.embedded = true;
        if (withSegments) {
            t.segments.add(new Text(SEGMENTS, resource("segments.csv"), true));
        }
        t.annual.add(new Text(ANNUAL, resource("annual.csv"), true));
        t.growth.add(new Text("growth_rates.csv", resource("growth_rates.csv"), true));
        t.market.add(new Text(MARKET, resource("market.csv"), true));
        t.fx.add(new Text("fx_usdcny.csv", resource("fx_usdcny.csv"), true));
        t.definitions.add(new Text(DEFINITIONS, resource("definitions.csv"), true));
    }

    /** The embedded data with a user's segments file in place of the embedded segments. */
    static Dataset withSegmentsFrom(Path file) {
        Texts t = new Texts();
        addEmbedded(t, false);
        t.segments.add(new Text(file.toString(), read(file), false));
        t.origins.add(file.toAbsolutePath().normalize().toString());
        return build(t);
    }

    /**
     * A user's data from texts, as {@link #load} reads files: a segments text, and optionally market and rate texts
     * (null for none). For the fuzz tests, which feed the loader without touching the disk.
     */
    static Dataset fromTexts(String segments, String market, String fx) {
        Texts t = new Texts();
        t.segments.add(new Text("segments.csv", segments, false));
        if (market != null) {
            t.market.add(new Text("market.csv", market, false));
        }
        if (fx != null) {
            t.fx.add(new Text("fx.csv", fx, false));
        }
        t.origins.add("texts");
        return build(t);
    }

    static Dataset load(DataSources sources) {
        if (sources.equals(DataSources.EMBEDDED)) {
            return embedded();
        }
        Texts t = new Texts();
        if (sources.embedded()) {
            addEmbedded(t, true);
            t.origins.add("embedded");
        }
        if (sources.data() != null) {
            Path p = sources.data();
            if (Files.isDirectory(p)) {
                Path seg = p.resolve(SEGMENTS);
                if (!Files.isRegularFile(seg)) {
                    throw new DataException(p.toString(), 0, null, "a data folder needs " + SEGMENTS
                            + " (the layout 'marketcast data export' writes)");
                }
                t.segments.add(user(seg));
                addIfPresent(t.definitions, p.resolve(DEFINITIONS));
                addIfPresent(t.annual, p.resolve(ANNUAL));
                addIfPresent(t.market, p.resolve(MARKET));
                addIfPresent(t.fx, p.resolve(FX));
                t.origins.add(p.toAbsolutePath().normalize().toString());
            } else {
                t.segments.add(user(p));
                t.origins.add(p.toAbsolutePath().normalize().toString());
            }
        }
        if (sources.market() != null) {
            t.market.add(user(sources.market()));
            t.origins.add(sources.market().toAbsolutePath().normalize().toString());
        }
        if (sources.fx() != null) {
            t.fx.add(user(sources.fx()));
            t.origins.add(sources.fx().toAbsolutePath().normalize().toString());
        }
        if (t.segments.isEmpty()) {
            throw new DataException(sources.market() != null ? sources.market().toString()
                    : sources.fx().toString(), 0, null, "without the embedded data a segments file is needed too");
        }
        return build(t);
    }

    private static void addIfPresent(List<Text> list, Path file) {
        if (Files.isRegularFile(file)) {
            list.add(user(file));
        }
    }

    private static Text user(Path file) {
        return new Text(file.toString(), read(file), false);
    }

    /**
     * A user's file as text: its size is checked before it is read.
     *
     * @throws DataException for a missing, unreadable, oversized or non-UTF-8 file
     */
    static String read(Path file) {
        return TextFiles.read(file, MAX_FILE_BYTES, "data file");
    }

    private static List<CsvFile> parse(List<Text> texts, List<String> required) {
        return texts.stream().map(t -> CsvFile.parse(t.name(), t.text(), required)).toList();
    }

    private static Dataset build(Texts t) {
        Definitions defs = definitions(parse(t.definitions, DEFINITION_COLUMNS));
        FxRates fx = fx(t.fx);
        List<GrowthRate> rates = growthRates(parse(t.growth, List.of("company", "segment", "calendar_quarter",
                "yoy_growth_pct", "basis")));
        List<CsvFile> segFiles = parse(t.segments, SEGMENT_COLUMNS);
        Segments segs = segments(segFiles, defs, t.segments);
        List<Series> series = new ArrayList<>(segs.series());
        Map<String, String> labels = new LinkedHashMap<>(segs.labels());
        if (t.embedded) {
            if (segs.firstRow().containsKey(AzureEstimate.SLUG)) {
                String at = segs.firstRow().get(AzureEstimate.SLUG);
                int colon = at.lastIndexOf(':');
                throw new DataException(at.substring(0, colon), Integer.parseInt(at.substring(colon + 1)),
                        "segment", "the slug 'azure' is the embedded Azure estimate (docs/data.md); name the segment"
                        + " otherwise, or use your files alone");
            }
            series.add(AzureEstimate.build(rates));
            labels.put(AzureEstimate.SLUG, LABELS.get(AzureEstimate.SLUG));
        }
        Markets markets = market(parse(t.market, MARKET_COLUMNS), t.market);
        series.addAll(markets.series());
        List<AnnualFigure> annual = annual(parse(t.annual, ANNUAL_COLUMNS));
        String version = hash(t.all());
        Currency currency = t.embedded ? Currency.USD : homeCurrency(series);
        Dataset.Info info = new Dataset.Info(labels, markets.sources(), currency, segs.userSlugs());
        return new Dataset(series, annual, rates, fx, Optional.empty(), String.join(" + ", t.origins), version,
                info);
    }

    /**
     * The currency of a user's own data: that of its market totals when they agree, else the one most of its revenue
     * series are in (USD first on a tie, then by code).
     */
    private static Currency homeCurrency(List<Series> series) {
        Set<Currency> totals = new LinkedHashSet<>();
        Map<Currency, Integer> revenue = new TreeMap<>();
        for (Series s : series) {
            if (s.metric() == Metric.MARKET_TOTAL && !s.isEmpty()) {
                totals.add(s.currency());
            } else if (s.metric() == Metric.REVENUE) {
                revenue.merge(s.currency(), 1, Integer::sum);
            }
        }
        if (totals.size() == 1) {
            return totals.iterator().next();
        }
        Currency best = Currency.USD;
        int most = revenue.getOrDefault(Currency.USD, 0);
        for (Map.Entry<Currency, Integer> e : revenue.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    static String resource(String name) {
        try (InputStream in = DatasetLoader.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("embedded data file " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collects problems: the first is thrown at the end, with the count of the rest. */
    private static final class Problems {
        private DataException first;
        private int more;

        void add(String file, int line, String column, String problem) {
            add(new DataException(file, line, column, problem));
        }

        void add(DataException e) {
            if (first == null) {
                first = e;
            } else {
                more++;
            }
        }

        void throwIfAny() {
            if (first != null) {
                throw first.andMore(more);
            }
        }
    }

    /** Where a row is: its file and line. */
    private record At(String file, int line) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    private record SegmentKey(String company, String segment) {
    }

    private record Cell(Quarter quarter, double revenue, OptionalDouble income, String incomeMetric,
            Provenance provenance, String status, String definition, String source) {
    }

    /**
     * The segments' series.
     *
     * @param series    revenue (and profit) series, in order of first appearance
     * @param labels    per revenue slug: its display name
     * @param userSlugs slugs of the series whose first row is in a user's file
     * @param firstRow  per slug: {@code FILE:LINE} of its first row
     */
    private record Segments(List<Series> series, Map<String, String> labels, Set<String> userSlugs,
            Map<String, String> firstRow) {
    }

    private static Segments segments(List<CsvFile> files, Definitions defs, List<Text> texts) {
        Problems problems = new Problems();
        Map<SegmentKey, TreeMap<Quarter, Cell>> bySegment = new LinkedHashMap<>();
        Map<String, At> firstLine = new HashMap<>();
        Map<String, Cell> supersededCells = new HashMap<>();
        Map<SegmentKey, TreeMap<Quarter, Cell>> supersededOf = new HashMap<>();
        Map<SegmentKey, At> keyFirst = new LinkedHashMap<>();
        Map<SegmentKey, String> labelOf = new HashMap<>();
        Map<SegmentKey, At> labelAt = new HashMap<>();
        Map<SegmentKey, String> currencies = new HashMap<>();
        Map<SegmentKey, At> currencyAt = new HashMap<>();
        Set<SegmentKey> userKeys = new LinkedHashSet<>();
        for (int f = 0; f < files.size(); f++) {
            CsvFile csv = files.get(f);
            boolean isUser = !texts.get(f).embedded();
            String file = csv.name();
            if (csv.rows().isEmpty()) {
                problems.add(file, 0, null, "no data rows");
            }
            for (CsvFile.Row r : csv.rows()) {
                int line = r.line();
                String company = r.get("company");
                String segment = r.get("segment");
                if (company.isEmpty()) {
                    problems.add(file, line, "company", "is empty");
                    continue;
                }
                if (segment.isEmpty()) {
                    problems.add(file, line, "segment", "is empty");
                    continue;
                }
                Quarter q;
                try {
                    q = Quarter.parse(r.get("calendar_quarter"));
                } catch (IllegalArgumentException e) {
                    problems.add(file, line, "calendar_quarter", e.getMessage());
                    continue;
                }
                Currency currency;
                try {
                    currency = Currency.parse(r.get("currency"));
                } catch (IllegalArgumentException e) {
                    problems.add(file, line, "currency", e.getMessage());
                    continue;
                }
                String label = r.get("fiscal_label");
                if (!label.isEmpty()) {
                    FiscalCalendar cal = FiscalCalendar.forCompany(company);
                    try {
                        Quarter fq = cal.parseLabel(label);
                        if (!fq.equals(q)) {
                            problems.add(file, line, "fiscal_label", "'" + label + "' is " + fq + " on "
                                    + cal.name() + ", but calendar_quarter says " + q);
                            continue;
                        }
                    } catch (IllegalArgumentException e) {
                        problems.add(file, line, "fiscal_label", e.getMessage());
                        continue;
                    }
                }
                OptionalDouble revenue = number(problems, file, line, "revenue_millions", r.get("revenue_millions"),
                        true, false);
                if (revenue.isEmpty()) {
                    continue;
                }
                String incomeText = r.get("operating_income_millions");
                OptionalDouble income = OptionalDouble.empty();
                if (!incomeText.isEmpty()) {
                    income = number(problems, file, line, "operating_income_millions", incomeText, false, true);
                    if (income.isEmpty()) {
                        continue;
                    }
                }
                String status = r.get("status").isEmpty() ? "reported" : r.get("status");
                Provenance prov = provenance(status);
                if (prov == null) {
                    problems.add(file, line, "status", "'" + status
                            + "' is not a status (expected reported, restated YYYY or estimate)");
                    continue;
                }
                SegmentKey k = new SegmentKey(company, segment);
                String key = company + "|" + segment + "|" + q;
                At here = new At(file, line);
                At seen = firstLine.putIfAbsent(key, here);
                Cell prior = seen == null || !bySegment.containsKey(k) ? null : bySegment.get(k).get(q);
                boolean vintage = seen != null && seen.file().equals(file) && prior != null
                        && !supersededCells.containsKey(key)
                        && (prior.provenance() == Provenance.REPORTED && prov == Provenance.RESTATED
                            || prior.provenance() == Provenance.RESTATED && prov == Provenance.REPORTED);
                if (seen != null && !vintage) {
                    if (seen.file().equals(file)) {
                        problems.add(file, line, "calendar_quarter", "duplicate " + company + " / " + segment
                                + " / " + q + " (first at line " + seen.line() + "; a quarter has two rows only"
                                + " as first reported and as restated)");
                    } else {
                        problems.add(new DataClashException(file, line, "calendar_quarter", company + " / "
                                + segment + " / revenue / " + q, seen.file(), seen.line()));
                    }
                    continue;
                }
                if (keyFirst.putIfAbsent(k, here) == null && isUser) {
                    userKeys.add(k);
                }
                String prevCurrency = currencies.putIfAbsent(k, currency.code());
                if (prevCurrency != null && !prevCurrency.equals(currency.code())) {
                    problems.add(file, line, "currency", "'" + currency + "' differs from the segment's earlier rows ("
                            + prevCurrency + " at " + currencyAt.get(k) + ")");
                    continue;
                }
                currencyAt.putIfAbsent(k, here);
                String display = r.get("label");
                if (!display.isEmpty()) {
                    String prev = labelOf.putIfAbsent(k, display);
                    if (prev != null && !prev.equals(display)) {
                        problems.add(file, line, "label", "'" + display + "' differs from the segment's label '"
                                + prev + "' at " + labelAt.get(k));
                        continue;
                    }
                    labelAt.putIfAbsent(k, here);
                }
                Cell cell = new Cell(q, revenue.getAsDouble(), income, r.get("income_metric"), prov, status,
                        r.get("definition"), r.get("source_note"));
                if (vintage) {
                    Cell first = prov == Provenance.REPORTED ? cell : prior;
                    Cell restated = prov == Provenance.REPORTED ? prior : cell;
                    supersededCells.put(key, first);
                    supersededOf.computeIfAbsent(k, x -> new TreeMap<>()).put(q, first);
                    cell = restated;
                }
                bySegment.computeIfAbsent(k, x -> new TreeMap<>()).put(q, cell);
            }
        }
        Map<String, SegmentKey> bySlug = new HashMap<>();
        for (Map.Entry<SegmentKey, At> e : keyFirst.entrySet()) {
            SegmentKey k = e.getKey();
            At at = e.getValue();
            String slug = slug(k.company(), k.segment());
            if (slug.isEmpty()) {
                problems.add(at.file(), at.line(), "segment", "'" + k.company() + " / " + k.segment()
                        + "' makes no slug (a slug is made of the Latin letters and digits of company and segment; give"
                        + " one of them a Latin spelling)");
            } else if (slug.equals(RESERVED_OTHERS) || slug.startsWith("market-") || slug.startsWith("share-")) {
                problems.add(at.file(), at.line(), "segment", "'" + k.company() + " / " + k.segment()
                        + "' would get the slug '" + slug + "', which is reserved (others is the rest of the market;"
                        + " market-* and share-* are market totals and shares)");
            } else {
                SegmentKey other = bySlug.putIfAbsent(slug, k);
                if (other != null) {
                    problems.add(at.file(), at.line(), "segment", "'" + k.company() + " / " + k.segment()
                            + "' gets the slug '" + slug + "', as does '" + other.company() + " / " + other.segment()
                            + "' at " + keyFirst.get(other) + "; series need distinct slugs");
                }
            }
        }
        problems.throwIfAny();

        List<Series> out = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Set<String> userSlugs = new LinkedHashSet<>();
        Map<String, String> firstRow = new LinkedHashMap<>();
        for (Map.Entry<SegmentKey, TreeMap<Quarter, Cell>> e : bySegment.entrySet()) {
            SegmentKey k = e.getKey();
            String slug = slug(k.company(), k.segment());
            Currency currency = Currency.parse(currencies.get(k));
            List<Point> rev = new ArrayList<>();
            List<Point> inc = new ArrayList<>();
            Map<Quarter, String> incomeGaps = new TreeMap<>();
            String incomeLabel = null;
            boolean ebita = false;
            for (Cell c : e.getValue().values()) {
                rev.add(new Point(c.quarter(), c.revenue(), c.provenance(), c.status(), c.definition(), c.source()));
                if (c.income().isPresent()) {
                    inc.add(new Point(c.quarter(), c.income().getAsDouble(), c.provenance(), c.status(),
                            c.definition(), c.source()));
                    incomeLabel = c.incomeMetric();
                    ebita |= c.incomeMetric().toLowerCase(Locale.ROOT).contains("ebita");
                } else {
                    incomeGaps.put(c.quarter(), c.source());
                }
            }
            Map<Quarter, Point> revEarlier = new TreeMap<>();
            Map<Quarter, Point> incEarlier = new TreeMap<>();
            for (Cell c : supersededOf.getOrDefault(k, new TreeMap<>()).values()) {
                revEarlier.put(c.quarter(), new Point(c.quarter(), c.revenue(), c.provenance(), c.status(),
                        c.definition(), c.source()));
                if (c.income().isPresent() && e.getValue().get(c.quarter()).income().isPresent()) {
                    incEarlier.put(c.quarter(), new Point(c.quarter(), c.income().getAsDouble(), c.provenance(),
                            c.status(), c.definition(), c.source()));
                }
            }
            boolean allEstimates = rev.stream().allMatch(p -> p.provenance() == Provenance.ESTIMATE);
            out.add(new Series(slug, k.company(), k.segment(), Metric.REVENUE,
                    allEstimates ? "revenue (estimate)" : "revenue", currency, "millions", rev, Map.of(),
                    defs.basis(Metric.REVENUE), "", revEarlier));
            if (!inc.isEmpty()) {
                Metric m = ebita ? Metric.ADJUSTED_EBITA : Metric.OPERATING_INCOME;
                Quarter firstIncome = inc.get(0).quarter();
                Quarter lastIncome = inc.get(inc.size() - 1).quarter();
                incomeGaps.keySet().removeIf(q -> q.isBefore(firstIncome) || q.isAfter(lastIncome));
                out.add(new Series(slug, k.company(), k.segment(), m, incomeLabel, currency, "millions", inc,
                        incomeGaps, defs.basis(m), "", incEarlier));
            }
            String label = labelOf.get(k);
            labels.put(slug, label != null ? label : LABELS.getOrDefault(slug, k.company() + " " + k.segment()));
            if (userKeys.contains(k)) {
                userSlugs.add(slug);
            }
            firstRow.put(slug, keyFirst.get(k).toString());
        }
        return new Segments(out, labels, userSlugs, firstRow);
    }

    private static OptionalDouble number(Problems problems, String file, int line, String column, String text,
            boolean required, boolean negativeAllowed) {
        if (text.isEmpty()) {
            if (required) {
                problems.add(file, line, column, "is empty (expected a number)");
            }
            return OptionalDouble.empty();
        }
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            problems.add(file, line, column, "'" + text + "' is not a number");
            return OptionalDouble.empty();
        }
        if (!Double.isFinite(v)) {
            problems.add(file, line, column, "'" + text + "' is not a finite number");
            return OptionalDouble.empty();
        }
        if (!negativeAllowed && v < 0) {
            problems.add(file, line, column, "'" + text + "' is negative (expected a value >= 0)");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(v);
    }

    static Provenance provenance(String status) {
        String s = status.trim().toLowerCase(Locale.ROOT);
        if (s.equals("reported")) {
            return Provenance.REPORTED;
        }
        if (s.matches("restated \\d{4}")) {
            return Provenance.RESTATED;
        }
        if (s.equals("estimate")) {
            return Provenance.ESTIMATE;
        }
        return null;
    }

    static String slug(String company, String segment) {
        String known = SLUGS.get(company.toLowerCase(Locale.ROOT) + "|" + segment.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        return slugify(company + " " + segment);
    }

    /**
     * Lower-case Latin letters and digits joined by '-': accents are dropped (Müller → muller, Škoda → skoda) and the
     * Latin letters that do not decompose are spelled out (ß → ss, æ → ae, ø → o, ł → l, đ → d, þ → th); a name
     * without Latin letters or digits makes no slug.
     */
    static String slugify(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
                .replace("ø", "o").replace("ł", "l").replace("đ", "d").replace("ð", "d").replace("þ", "th")
                .replace("ı", "i");
        String plain = java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "");
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Definition tags: one row per tag over all files; a tag given twice is a clash. */
    private static Definitions definitions(List<CsvFile> files) {
        Problems problems = new Problems();
        Map<String, At> seen = new HashMap<>();
        List<CsvFile.Row> rows = new ArrayList<>();
        for (CsvFile csv : files) {
            for (CsvFile.Row r : csv.rows()) {
                String tag = r.get("definition");
                if (tag.isEmpty()) {
                    problems.add(csv.name(), r.line(), "definition", "is empty");
                    continue;
                }
                At prev = seen.putIfAbsent(tag, new At(csv.name(), r.line()));
                if (prev != null) {
                    problems.add(new DataClashException(csv.name(), r.line(), "definition", "definition tag '" + tag
                            + "'", prev.file(), prev.line()));
                    continue;
                }
                rows.add(r);
            }
        }
        problems.throwIfAny();
        return Definitions.parse(rows);
    }

    /**
     * Exchange rates from the embedded file (calendar_quarter, usd_cny_average) and from files in the fx.csv schema
     * (calendar_quarter, currency, per, average_rate: units of currency per one unit of per). A pair's quarter given
     * twice, or given one way round in one file and the other way round in another, is a clash.
     */
    private static FxRates fx(List<Text> texts) {
        Problems problems = new Problems();
        record Pair(Currency currency, Currency per) {
        }
        Map<Pair, TreeMap<Quarter, Double>> byPair = new LinkedHashMap<>();
        Map<Pair, String> sourceOf = new LinkedHashMap<>();
        Map<Pair, At> pairAt = new HashMap<>();
        Map<String, At> seen = new HashMap<>();
        for (Text t : texts) {
            boolean embeddedForm = t.embedded();
            CsvFile csv = CsvFile.parse(t.name(), t.text(), embeddedForm ? List.of("calendar_quarter",
                    "usd_cny_average") : FX_COLUMNS);
            for (CsvFile.Row r : csv.rows()) {
                Quarter q;
                try {
                    q = Quarter.parse(r.get("calendar_quarter"));
                } catch (IllegalArgumentException e) {
                    problems.add(csv.name(), r.line(), "calendar_quarter", e.getMessage());
                    continue;
                }
                Currency c;
                Currency per;
                String rateColumn = embeddedForm ? "usd_cny_average" : "average_rate";
                if (embeddedForm) {
                    c = Currency.CNY;
                    per = Currency.USD;
                } else {
                    try {
                        c = Currency.parse(r.get("currency"));
                    } catch (IllegalArgumentException e) {
                        problems.add(csv.name(), r.line(), "currency", e.getMessage());
                        continue;
                    }
                    try {
                        per = Currency.parse(r.get("per"));
                    } catch (IllegalArgumentException e) {
                        problems.add(csv.name(), r.line(), "per", e.getMessage());
                        continue;
                    }
                    if (c.equals(per)) {
                        problems.add(csv.name(), r.line(), "per", "a rate of " + c + " per " + per + " is always 1");
                        continue;
                    }
                }
                OptionalDouble v = number(problems, csv.name(), r.line(), rateColumn, r.get(rateColumn), true,
                        false);
                if (v.isEmpty()) {
                    continue;
                }
                if (!(v.getAsDouble() > 0)) {
                    problems.add(csv.name(), r.line(), rateColumn, "a rate must be positive, was " + v.getAsDouble());
                    continue;
                }
                Pair p = new Pair(c, per);
                Pair inverse = new Pair(per, c);
                At here = new At(csv.name(), r.line());
                if (byPair.containsKey(inverse)) {
                    problems.add(new DataClashException(csv.name(), r.line(), "currency", "a rate between " + c
                            + " and " + per + " (" + c + " per " + per + ")", pairAt.get(inverse).file(),
                            pairAt.get(inverse).line()));
                    continue;
                }
                String key = c + "|" + per + "|" + q;
                At prev = seen.putIfAbsent(key, here);
                if (prev != null) {
                    problems.add(new DataClashException(csv.name(), r.line(), "calendar_quarter", "the " + c + " per "
                            + per + " rate of " + q, prev.file(), prev.line()));
                    continue;
                }
                pairAt.putIfAbsent(p, here);
                byPair.computeIfAbsent(p, x -> new TreeMap<>()).put(q, v.getAsDouble());
                sourceOf.putIfAbsent(p, embeddedForm ? "Fed H.10, FRED EXCHUS" : csv.name());
            }
        }
        problems.throwIfAny();
        FxRates fx = FxRates.none();
        for (Map.Entry<Pair, TreeMap<Quarter, Double>> e : byPair.entrySet()) {
            fx = fx.with(e.getKey().currency(), e.getKey().per(), e.getValue(), sourceOf.get(e.getKey()));
        }
        return fx;
    }

    private static List<GrowthRate> growthRates(List<CsvFile> files) {
        Problems problems = new Problems();
        List<GrowthRate> out = new ArrayList<>();
        for (CsvFile csv : files) {
            for (CsvFile.Row r : csv.rows()) {
                try {
                    Quarter q = Quarter.parse(r.get("calendar_quarter"));
                    OptionalDouble v = number(problems, csv.name(), r.line(), "yoy_growth_pct",
                            r.get("yoy_growth_pct"), true, true);
                    if (v.isPresent()) {
                        out.add(new GrowthRate(r.get("company"), r.get("segment"), q, v.getAsDouble(),
                                r.get("basis"), r.get("source_note")));
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(csv.name(), r.line(), "calendar_quarter", e.getMessage());
                }
            }
        }
        problems.throwIfAny();
        return out;
    }

    /** Fiscal-year totals; one row per company, segment and fiscal year over all files. */
    private static List<AnnualFigure> annual(List<CsvFile> files) {
        Problems problems = new Problems();
        List<AnnualFigure> out = new ArrayList<>();
        Map<String, At> seen = new HashMap<>();
        for (CsvFile csv : files) {
            for (CsvFile.Row r : csv.rows()) {
                Quarter q;
                try {
                    q = Quarter.parse(r.get("period_end_quarter"));
                } catch (IllegalArgumentException e) {
                    problems.add(csv.name(), r.line(), "period_end_quarter", e.getMessage());
                    continue;
                }
                Currency currency;
                try {
                    currency = Currency.parse(r.get("currency"));
                } catch (IllegalArgumentException e) {
                    problems.add(csv.name(), r.line(), "currency", e.getMessage());
                    continue;
                }
                if (r.get("fiscal_year").isEmpty()) {
                    problems.add(csv.name(), r.line(), "fiscal_year", "is empty");
                    continue;
                }
                OptionalDouble rev = number(problems, csv.name(), r.line(), "revenue_millions",
                        r.get("revenue_millions"), true, false);
                OptionalDouble inc = r.get("operating_income_millions").isEmpty() ? OptionalDouble.empty()
                        : number(problems, csv.name(), r.line(), "operating_income_millions",
                                r.get("operating_income_millions"), false, true);
                if (rev.isEmpty() || (!r.get("operating_income_millions").isEmpty() && inc.isEmpty())) {
                    continue;
                }
                String key = r.get("company") + "|" + r.get("segment") + "|" + r.get("fiscal_year");
                At prev = seen.putIfAbsent(key, new At(csv.name(), r.line()));
                if (prev != null) {
                    problems.add(new DataClashException(csv.name(), r.line(), "fiscal_year", r.get("company") + " / "
                            + r.get("segment") + " / " + r.get("fiscal_year"), prev.file(), prev.line()));
                    continue;
                }
                Metric m = r.get("income_metric").toLowerCase(Locale.ROOT).contains("ebita") ? Metric.ADJUSTED_EBITA
                        : Metric.OPERATING_INCOME;
                out.add(new AnnualFigure(slug(r.get("company"), r.get("segment")), r.get("company"),
                        r.get("segment"), r.get("definition"), r.get("fiscal_year"), q, currency,
                        rev.getAsDouble(), inc, m, r.get("status"), r.get("source_note")));
            }
        }
        problems.throwIfAny();
        return out;
    }

    /** The market files' series and their sources (the embedded ones first, then the user's). */
    private record Markets(List<Series> series, List<String> sources) {
    }

    /** A market source's slug: {@code synergy} for Synergy Research Group, else the name made a slug. */
    static String sourceSlug(String source) {
        return source.toLowerCase(Locale.ROOT).startsWith("synergy") ? "synergy" : slugify(source);
    }

    /**
     * Market totals ({@code market-SOURCE}, billions of the source's currency) and shares
     * ({@code share-SOURCE-VENDOR}, percent), from files in the market.csv schema: {@code source, calendar_quarter},
     * the total in {@code total_usd_billions} (USD) or {@code total_billions} with {@code currency}, optional
     * {@code vendor, share_pct, status, market, source_note}. A total repeats on every row of its source and quarter
     * and must agree within a file; a source and quarter's total (or a vendor's share) in two files is a clash.
     */
    private static Markets market(List<CsvFile> files, List<Text> texts) {
        Problems problems = new Problems();
        Map<String, TreeMap<Quarter, Point>> totals = new LinkedHashMap<>();
        Map<String, At> totalAt = new HashMap<>();
        Map<String, Map<Quarter, String>> totalGaps = new LinkedHashMap<>();
        Map<String, TreeMap<Quarter, Point>> shares = new LinkedHashMap<>();
        Map<String, At> shareAt = new HashMap<>();
        Map<String, String> shareVendor = new HashMap<>();
        Map<String, String> shareSource = new HashMap<>();
        Map<String, String> currencyOf = new HashMap<>();
        Map<String, String> description = new HashMap<>();
        List<String> userSources = new ArrayList<>();
        List<String> embeddedSources = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            CsvFile csv = files.get(f);
            boolean isEmbedded = texts.get(f).embedded();
            String file = csv.name();
            boolean usd = csv.hasColumn("total_usd_billions");
            boolean general = csv.hasColumn("total_billions");
            if (usd == general) {
                problems.add(file, 1, usd ? "total_billions" : "total_usd_billions", usd
                        ? "give the total in one column: total_usd_billions (USD) or total_billions (with currency)"
                        : "a market file needs a total column: total_billions (with currency) or total_usd_billions");
                continue;
            }
            String totalColumn = usd ? "total_usd_billions" : "total_billions";
            for (CsvFile.Row r : csv.rows()) {
                int line = r.line();
                String source = r.get("source");
                if (source.isEmpty()) {
                    problems.add(file, line, "source", "is empty (expected who measures the market)");
                    continue;
                }
                String src = sourceSlug(source);
                if (src.isEmpty()) {
                    problems.add(file, line, "source", "'" + source + "' makes no slug (use letters or digits)");
                    continue;
                }
                Quarter q;
                try {
                    q = Quarter.parse(r.get("calendar_quarter"));
                } catch (IllegalArgumentException e) {
                    problems.add(file, line, "calendar_quarter", e.getMessage());
                    continue;
                }
                String cur = r.get("currency").isEmpty() ? "USD" : r.get("currency").toUpperCase(Locale.ROOT);
                try {
                    Currency.parse(cur);
                } catch (IllegalArgumentException e) {
                    problems.add(file, line, "currency", e.getMessage());
                    continue;
                }
                if (usd && !cur.equals("USD")) {
                    problems.add(file, line, "currency", "'" + cur + "' contradicts total_usd_billions (use"
                            + " total_billions for totals in other currencies)");
                    continue;
                }
                String prevCur = currencyOf.putIfAbsent(src, cur);
                if (prevCur != null && !prevCur.equals(cur)) {
                    problems.add(file, line, "currency", "'" + cur + "' differs from the source's earlier rows ("
                            + prevCur + ")");
                    continue;
                }
                String statusText = r.get("status").isEmpty() ? "estimate" : r.get("status");
                Provenance prov = provenance(statusText);
                if (prov == null) {
                    problems.add(file, line, "status", "'" + statusText
                            + "' is not a status (expected reported, restated YYYY or estimate)");
                    continue;
                }
                List<String> order = isEmbedded ? embeddedSources : userSources;
                if (!order.contains(src) && !(isEmbedded ? userSources : embeddedSources).contains(src)) {
                    order.add(src);
                }
                if (!r.get("market").isEmpty()) {
                    description.putIfAbsent(src, r.get("market"));
                } else if (isEmbedded) {
                    description.putIfAbsent(src, CLOUD_MARKET);
                }
                String note = source + ": " + r.get("source_note");
                String totalSlug = Dataset.marketTotalSlug(src);
                totals.computeIfAbsent(totalSlug, k -> new TreeMap<>());
                if (!r.get(totalColumn).isEmpty()) {
                    OptionalDouble t = number(problems, file, line, totalColumn, r.get(totalColumn), true, false);
                    if (t.isEmpty()) {
                        continue;
                    }
                    String key = totalSlug + "|" + q;
                    Point have = totals.get(totalSlug).get(q);
                    At prev = totalAt.get(key);
                    if (have != null && !prev.file().equals(file)) {
                        problems.add(new DataClashException(file, line, totalColumn, "the " + source + " market total"
                                + " of " + q, prev.file(), prev.line()));
                        continue;
                    }
                    if (have != null && have.value() != t.getAsDouble()) {
                        problems.add(file, line, totalColumn, t.getAsDouble() + " differs from the total "
                                + have.value() + " given for " + source + " / " + q + " at line " + prev.line());
                        continue;
                    }
                    if (have == null) {
                        totals.get(totalSlug).put(q, new Point(q, t.getAsDouble(), prov, prov == Provenance.ESTIMATE
                                ? "estimate" : statusText, source, note));
                        totalAt.put(key, new At(file, line));
                    }
                } else {
                    totalGaps.computeIfAbsent(totalSlug, k -> new TreeMap<>()).putIfAbsent(q, note);
                }
                String vendor = r.get("vendor");
                if (!vendor.isEmpty() && !vendor.startsWith("(") && !r.get("share_pct").isEmpty()) {
                    String v = VENDORS.getOrDefault(vendor.toLowerCase(Locale.ROOT), slugify(vendor));
                    String shareSlug = Dataset.analystShareSlug(src, v);
                    OptionalDouble s = number(problems, file, line, "share_pct", r.get("share_pct"), true, false);
                    if (s.isEmpty()) {
                        continue;
                    }
                    if (s.getAsDouble() > 100) {
                        problems.add(file, line, "share_pct", s.getAsDouble() + " is above 100 (a share is in percent)");
                        continue;
                    }
                    String key = shareSlug + "|" + q;
                    At prev = shareAt.putIfAbsent(key, new At(file, line));
                    if (prev != null) {
                        if (!prev.file().equals(file)) {
                            problems.add(new DataClashException(file, line, "share_pct", "the " + source + " share of "
                                    + vendor + " in " + q, prev.file(), prev.line()));
                        } else {
                            problems.add(file, line, "share_pct", "duplicate " + source + " / " + vendor + " / " + q
                                    + " (first at line " + prev.line() + ")");
                        }
                        continue;
                    }
                    shareVendor.putIfAbsent(shareSlug, vendor);
                    shareSource.putIfAbsent(shareSlug, src);
                    shares.computeIfAbsent(shareSlug, k -> new TreeMap<>()).put(q,
                            new Point(q, s.getAsDouble(), prov, prov == Provenance.ESTIMATE ? "estimate" : statusText,
                                    source, note));
                }
            }
        }
        problems.throwIfAny();
        List<Series> out = new ArrayList<>();
        totals.forEach((slug, pts) -> {
            Map<Quarter, String> gaps = new TreeMap<>(totalGaps.getOrDefault(slug, Map.of()));
            gaps.keySet().removeIf(pts::containsKey);
            String src = slug.substring("market-".length());
            String analyst = pts.isEmpty() ? slug : pts.firstEntry().getValue().definition();
            out.add(new Series(slug, analyst, description.getOrDefault(src, "market"), Metric.MARKET_TOTAL,
                    "market total", Currency.parse(currencyOf.get(src)), "billions", List.copyOf(pts.values()), gaps,
                    Map.of(), ""));
        });
        shares.forEach((slug, pts) -> out.add(new Series(slug, pts.firstEntry().getValue().definition(),
                shareVendor.get(slug) + " share of the " + description.getOrDefault(shareSource.get(slug), "market"),
                Metric.MARKET_SHARE, "market share", null, "percent", List.copyOf(pts.values()), Map.of(), Map.of(),
                "")));
        List<String> sources = new ArrayList<>(embeddedSources);
        sources.addAll(userSources);
        sources.removeIf(s -> totals.get(Dataset.marketTotalSlug(s)).isEmpty());
        return new Markets(out, sources);
    }

    private static String hash(List<Text> texts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Text t : texts) {
                md.update(t.text().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
