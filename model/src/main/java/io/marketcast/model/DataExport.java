package io.marketcast.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded dataset as files in the schemas a user's data is read in (docs/data.md, "Your own data"), so that a
 * user starts from a working copy: {@code Dataset.load(DataSources.only(folder))} of the files gives the embedded
 * series, totals, shares, exchange rates and fiscal years back exactly. Cells are copied as text from the embedded
 * files; the Azure estimate, which the embedded data builds from growth rates, becomes rows of segments.csv with every
 * value written in full precision.
 */
final class DataExport {

    static final List<String> SEGMENT_HEADER = List.of("company", "segment", "label", "definition",
            "calendar_quarter", "fiscal_label", "currency", "revenue_millions", "operating_income_millions",
            "income_metric", "status", "source_note");
    static final List<String> MARKET_HEADER = List.of("source", "calendar_quarter", "currency", "total_billions",
            "yoy_growth_pct", "vendor", "share_pct", "status", "market", "source_note");
    static final List<String> FX_HEADER = List.of("calendar_quarter", "currency", "per", "average_rate",
            "source_note");

    private DataExport() {
    }

    static Map<String, String> files() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(DatasetLoader.SEGMENTS, segments());
        out.put(DatasetLoader.DEFINITIONS, DatasetLoader.resource("definitions.csv"));
        out.put(DatasetLoader.ANNUAL, DatasetLoader.resource("annual.csv"));
        out.put(DatasetLoader.MARKET, market());
        out.put(DatasetLoader.FX, fx());
        out.put("README.md", DatasetLoader.resource("EXPORT-README.md"));
        return out;
    }

    private static String segments() {
        CsvFile csv = CsvFile.parse(DatasetLoader.SEGMENTS, DatasetLoader.resource("segments.csv"),
                DatasetLoader.SEGMENT_COLUMNS);
        StringBuilder sb = new StringBuilder();
        row(sb, SEGMENT_HEADER);
        for (CsvFile.Row r : csv.rows()) {
            String slug = DatasetLoader.slug(r.get("company"), r.get("segment"));
            List<String> cells = new ArrayList<>();
            for (String c : SEGMENT_HEADER) {
                cells.add(c.equals("label") ? DatasetLoader.LABELS.getOrDefault(slug, "") : r.get(c));
            }
            row(sb, cells);
        }
        Series azure = Dataset.embedded().revenue(AzureEstimate.SLUG);
        for (Point p : azure.points()) {
            row(sb, List.of(azure.company(), azure.segment(), DatasetLoader.LABELS.get(AzureEstimate.SLUG),
                    p.definition(), p.quarter().toString(), "", azure.currency().code(), Double.toString(p.value()),
                    "", "", p.status(), p.source()));
        }
        return sb.toString();
    }

    private static String market() {
        CsvFile csv = CsvFile.parse(DatasetLoader.MARKET, DatasetLoader.resource("market.csv"),
                DatasetLoader.MARKET_COLUMNS);
        StringBuilder sb = new StringBuilder();
        row(sb, MARKET_HEADER);
        for (CsvFile.Row r : csv.rows()) {
            row(sb, List.of(r.get("source"), r.get("calendar_quarter"), "USD", r.get("total_usd_billions"),
                    r.get("yoy_growth_pct"), r.get("vendor"), r.get("share_pct"), "estimate",
                    DatasetLoader.CLOUD_MARKET, r.get("source_note")));
        }
        return sb.toString();
    }

    private static String fx() {
        CsvFile csv = CsvFile.parse("fx_usdcny.csv", DatasetLoader.resource("fx_usdcny.csv"),
                List.of("calendar_quarter", "usd_cny_average"));
        StringBuilder sb = new StringBuilder();
        row(sb, FX_HEADER);
        for (CsvFile.Row r : csv.rows()) {
            row(sb, List.of(r.get("calendar_quarter"), "CNY", "USD", r.get("usd_cny_average"), r.get("source_note")));
        }
        return sb.toString();
    }

    /** One CSV record, RFC 4180: a cell with a comma, quote or line break is quoted, quotes doubled. */
    static void row(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (i > 0) {
                sb.append(',');
            }
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        sb.append('\n');
    }
}
