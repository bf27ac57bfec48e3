package io.marketcast.forecast.share;

import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.model.Dataset;
import io.marketcast.model.Point;
import io.marketcast.model.Provenance;
import io.marketcast.model.Quarter;
import io.marketcast.model.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rest of the market: an analyst's market total minus the tracked vendors' revenues, in USD millions, on the
 * consecutive quarters (ending at the latest) where the total and every tracked revenue are known. Every point is an
 * estimate (an analyst total less company figures measured on other definitions).
 */
public final class MarketHistory {

    public static final String OTHERS = "others";

    private MarketHistory() {
    }

    /**
     * The market total (USD billions) less the tracked revenues (USD millions), in USD millions, for every quarter
     * where the total and each tracked revenue are known; every point an estimate. Values may be zero or negative
     * where the tracked revenue exceeds the analyst's total.
     */
    public static List<Point> rest(Series total, Map<String, Series> tracked) {
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
                pts.add(new Point(q, t.value() * 1000 - sum, Provenance.ESTIMATE, "estimate", t.definition(),
                        "market total less tracked revenue: " + t.value() + " $B - " + Math.round(sum) + " $M"));
            }
        }
        return pts;
    }

    /**
     * @param known   the dataset as of the scenario's quarter
     * @param tracked tracked vendors' revenue in USD, by id
     * @param source  analyst: {@code synergy} or {@code canalys} (never mixed)
     * @throws InsufficientDataException when fewer than 3 such quarters exist, or the rest is not positive
     */
    public static Series others(Dataset known, Map<String, Series> tracked, String source) {
        Series total = known.marketTotal(source);
        List<Point> pts = rest(total, tracked);
        for (Point p : pts) {
            if (!(p.value() > 0)) {
                throw new InsufficientDataException("the tracked vendors' revenue exceeds the " + source
                        + " market total (" + total.valueAt(p.quarter()).getAsDouble() + " $B) in " + p.quarter()
                        + ": shares on the revenue basis are not meaningful for this set of vendors");
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
                    + known.asOfQuarter().map(Quarter::toString).orElse("the end of the data") + " there are "
                    + run.size());
        }
        return new Series(OTHERS, source, "rest of the market", io.marketcast.model.Metric.REVENUE,
                "revenue (estimate)", io.marketcast.model.Currency.USD, "millions", run, Map.of(), Map.of(), "");
    }
}
