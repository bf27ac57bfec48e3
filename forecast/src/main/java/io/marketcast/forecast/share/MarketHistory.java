package io.marketcast.forecast.share;

import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.model.Currency;
import io.marketcast.model.Dataset;
import io.marketcast.model.Metric;
import io.marketcast.model.Point;
import io.marketcast.model.Quarter;
import io.marketcast.model.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rest of the market: a source's market total minus the tracked vendors' revenues, in millions of the total's
 * currency, on the consecutive quarters (ending at the latest) where the total and every tracked revenue are known.
 * Every point keeps the provenance of the total's point (the embedded analysts' totals are estimates).
 */
public final class MarketHistory {

    public static final String OTHERS = "others";

    private MarketHistory() {
    }

    /**
     * The market total (billions) less the tracked revenues (millions, in the total's currency), in millions, for every
     * quarter where the total and each tracked revenue are known; every point with the total point's provenance. Values
     * may be zero or negative where the tracked revenue exceeds the total.
     */
    public static List<Point> rest(Series total, Map<String, Series> tracked) {
        String b = unit(total.currency(), "B");
        String m = unit(total.currency(), "M");
        List<Point> pts = new ArrayList<>();
        for (Point t : total.points()) {
            Quarter q = t.quarter();
            double sum = 0;
            boolean all = true;
            for (Series s : tracked.values()) {
                if (s.valueAt(q).isEmpty()) {
                    all = false;
                    break;
                }
                sum += s.valueAt(q).getAsDouble();
            }
            if (all) {
                pts.add(new Point(q, t.value() * 1000 - sum, t.provenance(), t.status(), t.definition(),
                        "market total less tracked revenue: " + t.value() + " " + b + " - " + Math.round(sum) + " "
                                + m));
            }
        }
        return pts;
    }

    private static String unit(Currency c, String scale) {
        return c == null || c.equals(Currency.USD) ? "$" + scale : c.code() + " " + scale;
    }

    /**
     * @param known   the dataset as of the scenario's quarter
     * @param tracked tracked vendors' revenue, millions in the currency of the source's total, by id
     * @param source  the market source, e.g. {@code synergy} (never mixed)
     * @throws InsufficientDataException when fewer than 3 such quarters exist, or the rest is not positive
     */
    public static Series others(Dataset known, Map<String, Series> tracked, String source) {
        return others(known.marketTotal(source), tracked, source, known.asOfQuarter());
    }

    /**
     * The rest of the market from a total already in the tracked revenues' currency.
     *
     * @param total   the source's market total as known, billions, in the same currency as {@code tracked}
     * @param tracked tracked vendors' revenue, millions, by id
     * @param source  the market source, for messages
     * @param asOf    the vantage quarter, for messages
     * @throws InsufficientDataException when fewer than 3 consecutive quarters exist, or the rest is not positive
     */
    public static Series others(Series total, Map<String, Series> tracked, String source, Optional<Quarter> asOf) {
        List<Point> pts = rest(total, tracked);
        for (Point p : pts) {
            if (!(p.value() > 0)) {
                throw new InsufficientDataException("the tracked vendors' revenue exceeds the " + source
                        + " market total (" + total.valueAt(p.quarter()).getAsDouble() + " " + unit(total.currency(),
                        "B") + ") in " + p.quarter() + ": shares on the revenue basis are not meaningful for this set"
                        + " of vendors");
            }
        }
        // the consecutive run ending at the latest quarter
        int start = pts.size() - 1;
        while (start > 0 && pts.get(start - 1).quarter().next().equals(pts.get(start).quarter())) {
            start--;
        }
        List<Point> run = start < 0 ? List.of() : pts.subList(start, pts.size());
        if (run.size() < 3) {
            throw new InsufficientDataException("market shares on the revenue basis need at least 3 consecutive "
                    + "quarters with a " + source + " market total and every tracked vendor's revenue; as of "
                    + asOf.map(Quarter::toString).orElse("the end of the data") + " there are " + run.size());
        }
        return new Series(OTHERS, source, "rest of the market", Metric.REVENUE, "revenue (estimate)",
                total.currency(), "millions", run, Map.of(), Map.of(), "");
    }
}
