package io.marketcast.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Reads the dataset files (the schemas of docs/data.md) and checks every row. A file with any problem is
 * rejected whole: the first problem is reported as {@code FILE:LINE: column 'x': what is wrong}, with a count of
 * the others, and nothing is loaded.
 */
final class DatasetLoader {

    static final String RESOURCES = "/io/marketcast/model/data/";
    static final List<String> SEGMENT_COLUMNS = List.of("company", "segment", "calendar_quarter", "currency",
            "revenue_millions");

    /** Known segments → slug; any other segment gets a slug made from company and segment. */
    private static final Map<String, String> SLUGS = Map.ofEntries(
            Map.entry("amazon|aws", "aws"),
            Map.entry("alphabet|google cloud", "google-cloud"),
            Map.entry("microsoft|intelligent cloud", "microsoft-intelligent-cloud"),
            Map.entry("alibaba|cloud (alibaba cloud)", "alibaba-cloud"),
            Map.entry("ibm|cloud revenue (quarter)", "ibm-cloud"),
            Map.entry("ibm|cloud revenue (trailing 12 months)", "ibm-cloud-ttm"),
            Map.entry("oracle|cloud applications (saas)", "oracle-saas"),
            Map.entry("oracle|cloud infrastructure (oci, iaas)", "oracle-oci"),
            Map.entry("oracle|cloud revenue (iaas+saas)", "oracle-cloud"));

    /** Analysts' vendor names → vendor slug (Synergy says Amazon, Canalys says AWS). */
    private static final Map<String, String> VENDORS = Map.of(
            "amazon", "aws", "aws", "aws", "microsoft", "microsoft", "google", "google-cloud",
            "alibaba", "alibaba-cloud");

    private static volatile Dataset embedded;

    private DatasetLoader() {
    }

    static Dataset embedded() {
        Dataset d = embedded;
        if (d == null) {
            synchronized (DatasetLoader.class) {
                d = embedded;
                if (d == null) {
                    String segments = resource("segments.csv");
                    d = build(segments, "segments.csv", "embedded");
                    embedded = d;
                }
            }
        }
        return d;
    }

    static Dataset withSegmentsFrom(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DataException(file.toString(), 0, null, "no such file");
        } catch (IOException e) {
            throw new DataException(file.toString(), 0, null, "cannot read: " + e.getMessage());
        }
        return build(text, file.toString(), file.toAbsolutePath().normalize().toString());
    }

    private static Dataset build(String segmentsText, String segmentsName, String origin) {
        Definitions defs = Definitions.parse(CsvFile.parse("definitions.csv", resource("definitions.csv"),
                List.of("definition", "revenue_basis", "income_basis")));
        FxRates fx = fx(CsvFile.parse("fx_usdcny.csv", resource("fx_usdcny.csv"),
                List.of("calendar_quarter", "usd_cny_average")));
        List<GrowthRate> rates = growthRates(CsvFile.parse("growth_rates.csv", resource("growth_rates.csv"),
                List.of("company", "segment", "calendar_quarter", "yoy_growth_pct", "basis")));
        List<Series> series = new ArrayList<>(segments(CsvFile.parse(segmentsName, segmentsText, SEGMENT_COLUMNS),
                defs));
        series.add(AzureEstimate.build(rates));
        series.addAll(market(CsvFile.parse("market.csv", resource("market.csv"),
                List.of("source", "calendar_quarter", "total_usd_billions", "vendor", "share_pct"))));
        List<AnnualFigure> annual = annual(CsvFile.parse("annual.csv", resource("annual.csv"),
                List.of("company", "segment", "fiscal_year", "period_end_quarter", "currency", "revenue_millions",
                        "operating_income_millions", "income_metric")));
        String version = hash(segmentsText, resource("annual.csv"), resource("growth_rates.csv"),
                resource("market.csv"), resource("fx_usdcny.csv"), resource("definitions.csv"));
        return new Dataset(series, annual, rates, fx, Optional.empty(), origin, version);
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
            if (first == null) {
                first = new DataException(file, line, column, problem);
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

    private record SegmentKey(String company, String segment) {
    }

    private record Cell(Quarter quarter, double revenue, OptionalDouble income, String incomeMetric,
            Provenance provenance, String status, String definition, String source) {
    }

    static List<Series> segments(CsvFile csv, Definitions defs) {
        Problems problems = new Problems();
        Map<SegmentKey, TreeMap<Quarter, Cell>> bySegment = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        String file = csv.name();
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
            try {
                Currency.parse(r.get("currency"));
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
                        problems.add(file, line, "fiscal_label", "'" + label + "' is " + fq + " on " + cal.name()
                                + ", but calendar_quarter says " + q);
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
            String key = company + "|" + segment + "|" + q;
            Integer seen = firstLine.putIfAbsent(key, line);
            if (seen != null) {
                problems.add(file, line, "calendar_quarter", "duplicate " + company + " / " + segment + " / " + q
                        + " (first at line " + seen + ")");
                continue;
            }
            bySegment.computeIfAbsent(new SegmentKey(company, segment), k -> new TreeMap<>())
                    .put(q, new Cell(q, revenue.getAsDouble(), income, r.get("income_metric"), prov, status,
                            r.get("definition"), r.get("source_note")));
            // currency consistency inside a segment
        }
        Map<SegmentKey, String> currencies = new HashMap<>();
        for (CsvFile.Row r : csv.rows()) {
            SegmentKey k = new SegmentKey(r.get("company"), r.get("segment"));
            String cur = r.get("currency").toUpperCase(Locale.ROOT);
            String prev = currencies.putIfAbsent(k, cur);
            if (prev != null && !prev.equals(cur) && bySegment.containsKey(k)) {
                problems.add(file, r.line(), "currency", "'" + cur + "' differs from the segment's earlier rows ("
                        + prev + ")");
            }
        }
        if (csv.rows().isEmpty()) {
            problems.add(file, 0, null, "no data rows");
        }
        problems.throwIfAny();

        List<Series> out = new ArrayList<>();
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
            out.add(new Series(slug, k.company(), k.segment(), Metric.REVENUE, "revenue", currency, "millions", rev,
                    Map.of(), defs.basis(Metric.REVENUE), ""));
            if (!inc.isEmpty()) {
                Metric m = ebita ? Metric.ADJUSTED_EBITA : Metric.OPERATING_INCOME;
                Quarter firstIncome = inc.get(0).quarter();
                Quarter lastIncome = inc.get(inc.size() - 1).quarter();
                incomeGaps.keySet().removeIf(q -> q.isBefore(firstIncome) || q.isAfter(lastIncome));
                out.add(new Series(slug, k.company(), k.segment(), m, incomeLabel, currency, "millions", inc,
                        incomeGaps, defs.basis(m), ""));
            }
        }
        return out;
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

    static String slugify(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static FxRates fx(CsvFile csv) {
        Problems problems = new Problems();
        Map<Quarter, Double> rates = new TreeMap<>();
        for (CsvFile.Row r : csv.rows()) {
            try {
                Quarter q = Quarter.parse(r.get("calendar_quarter"));
                OptionalDouble v = number(problems, csv.name(), r.line(), "usd_cny_average",
                        r.get("usd_cny_average"), true, false);
                if (v.isPresent()) {
                    rates.put(q, v.getAsDouble());
                }
            } catch (IllegalArgumentException e) {
                problems.add(csv.name(), r.line(), "calendar_quarter", e.getMessage());
            }
        }
        problems.throwIfAny();
        return new FxRates(rates);
    }

    private static List<GrowthRate> growthRates(CsvFile csv) {
        Problems problems = new Problems();
        List<GrowthRate> out = new ArrayList<>();
        for (CsvFile.Row r : csv.rows()) {
            try {
                Quarter q = Quarter.parse(r.get("calendar_quarter"));
                OptionalDouble v = number(problems, csv.name(), r.line(), "yoy_growth_pct", r.get("yoy_growth_pct"),
                        true, true);
                if (v.isPresent()) {
                    out.add(new GrowthRate(r.get("company"), r.get("segment"), q, v.getAsDouble(), r.get("basis"),
                            r.get("source_note")));
                }
            } catch (IllegalArgumentException e) {
                problems.add(csv.name(), r.line(), "calendar_quarter", e.getMessage());
            }
        }
        problems.throwIfAny();
        return out;
    }

    private static List<AnnualFigure> annual(CsvFile csv) {
        Problems problems = new Problems();
        List<AnnualFigure> out = new ArrayList<>();
        for (CsvFile.Row r : csv.rows()) {
            try {
                Quarter q = Quarter.parse(r.get("period_end_quarter"));
                OptionalDouble rev = number(problems, csv.name(), r.line(), "revenue_millions",
                        r.get("revenue_millions"), true, false);
                OptionalDouble inc = r.get("operating_income_millions").isEmpty() ? OptionalDouble.empty()
                        : number(problems, csv.name(), r.line(), "operating_income_millions",
                                r.get("operating_income_millions"), false, true);
                Metric m = r.get("income_metric").toLowerCase(Locale.ROOT).contains("ebita") ? Metric.ADJUSTED_EBITA
                        : Metric.OPERATING_INCOME;
                if (rev.isPresent()) {
                    out.add(new AnnualFigure(slug(r.get("company"), r.get("segment")), r.get("company"),
                            r.get("segment"), r.get("definition"), r.get("fiscal_year"), q,
                            Currency.parse(r.get("currency")), rev.getAsDouble(), inc, m, r.get("status"),
                            r.get("source_note")));
                }
            } catch (IllegalArgumentException e) {
                problems.add(csv.name(), r.line(), null, e.getMessage());
            }
        }
        problems.throwIfAny();
        return out;
    }

    /** Analyst totals ({@code market-synergy}, USD billions) and shares ({@code share-synergy-aws}, percent). */
    private static List<Series> market(CsvFile csv) {
        Problems problems = new Problems();
        Map<String, TreeMap<Quarter, Point>> totals = new LinkedHashMap<>();
        Map<String, Map<Quarter, String>> totalGaps = new LinkedHashMap<>();
        Map<String, TreeMap<Quarter, Point>> shares = new LinkedHashMap<>();
        Map<String, String> shareVendor = new HashMap<>();
        for (CsvFile.Row r : csv.rows()) {
            String source = r.get("source");
            String src = source.toLowerCase(Locale.ROOT).startsWith("synergy") ? "synergy" : slugify(source);
            Quarter q;
            try {
                q = Quarter.parse(r.get("calendar_quarter"));
            } catch (IllegalArgumentException e) {
                problems.add(csv.name(), r.line(), "calendar_quarter", e.getMessage());
                continue;
            }
            String note = source + ": " + r.get("source_note");
            String totalSlug = "market-" + src;
            totals.computeIfAbsent(totalSlug, k -> new TreeMap<>());
            if (!r.get("total_usd_billions").isEmpty()) {
                OptionalDouble t = number(problems, csv.name(), r.line(), "total_usd_billions",
                        r.get("total_usd_billions"), true, false);
                t.ifPresent(v -> totals.get(totalSlug).putIfAbsent(q,
                        new Point(q, v, Provenance.ESTIMATE, "estimate", source, note)));
            } else {
                totalGaps.computeIfAbsent(totalSlug, k -> new TreeMap<>()).putIfAbsent(q, note);
            }
            String vendor = r.get("vendor");
            if (!vendor.isEmpty() && !vendor.startsWith("(") && !r.get("share_pct").isEmpty()) {
                String v = VENDORS.getOrDefault(vendor.toLowerCase(Locale.ROOT), slugify(vendor));
                String shareSlug = "share-" + src + "-" + v;
                OptionalDouble s = number(problems, csv.name(), r.line(), "share_pct", r.get("share_pct"), true,
                        false);
                if (s.isPresent()) {
                    shareVendor.put(shareSlug, vendor);
                    shares.computeIfAbsent(shareSlug, k -> new TreeMap<>()).putIfAbsent(q,
                            new Point(q, s.getAsDouble(), Provenance.ESTIMATE, "estimate", source, note));
                }
            }
        }
        problems.throwIfAny();
        List<Series> out = new ArrayList<>();
        totals.forEach((slug, pts) -> {
            Map<Quarter, String> gaps = new TreeMap<>(totalGaps.getOrDefault(slug, Map.of()));
            gaps.keySet().removeIf(pts::containsKey);
            String analyst = pts.isEmpty() ? slug : pts.firstEntry().getValue().definition();
            out.add(new Series(slug, analyst, "cloud infrastructure services market (IaaS, PaaS, hosted private)",
                    Metric.MARKET_TOTAL, "market total", Currency.USD, "billions", List.copyOf(pts.values()), gaps,
                    Map.of(), ""));
        });
        shares.forEach((slug, pts) -> out.add(new Series(slug, pts.firstEntry().getValue().definition(),
                shareVendor.get(slug) + " share of the cloud infrastructure market", Metric.MARKET_SHARE,
                "market share", null, "percent", List.copyOf(pts.values()), Map.of(), Map.of(), "")));
        return out;
    }

    private static String hash(String... texts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String t : texts) {
                md.update(t.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
