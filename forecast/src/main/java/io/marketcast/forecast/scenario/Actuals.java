package io.marketcast.forecast.scenario;

import io.marketcast.forecast.profit.ProfitSeries;
import io.marketcast.forecast.share.AnalystShares;
import io.marketcast.forecast.share.MarketHistory;
import io.marketcast.forecast.share.ShareSeries;
import io.marketcast.model.Currency;
import io.marketcast.model.Dataset;
import io.marketcast.model.Point;
import io.marketcast.model.Series;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What actually happened, from the full data, set beside a run's results once they are computed: revenue in the
 * scenario's currency, the rest of the market, shares, income and margins, and each unit's first profitable quarter
 * after the as-of quarter. Quarters whose values cannot be converted (no exchange rate) are left out.
 */
final class Actuals {

    private final Dataset data;
    private final Scenario sc;

    Actuals(Dataset data, Scenario sc) {
        this.data = data;
        this.sc = sc;
    }

    /** Every actual a run reports, by result id. */
    Map<String, Series> all() {
        Map<String, Series> out = new LinkedHashMap<>();
        for (String id : sc.ids()) {
            out.put(id, revenue(id));
        }
        boolean share = sc.analyses().share();
        boolean revenueBasis = sc.market().basis() == Scenario.MarketBasis.REVENUE;
        if (share && !revenueBasis) {
            for (String id : sc.ids()) {
                out.put(ShareSeries.id(id), analystShare(id));
            }
            out.put(ShareSeries.id(MarketHistory.OTHERS), analystShare(null));
        } else if (share) {
            out.put(MarketHistory.OTHERS, others());
        }
        for (String unit : sc.analyses().profitability()) {
            out.put(ProfitSeries.incomeId(unit), money(data.income(unit)));
            out.put(ProfitSeries.marginId(unit), margin(unit));
        }
        if (share && revenueBasis) {
            List<String> all = new ArrayList<>(sc.ids());
            all.add(MarketHistory.OTHERS);
            for (String id : all) {
                out.put(ShareSeries.id(id), revenueShare(id));
            }
        }
        return out;
    }

    /** The first quarter after the as-of quarter with non-negative income, if any. */
    Optional<Point> firstProfit(String unit) {
        return data.income(unit).points().stream()
                .filter(p -> p.quarter().isAfter(sc.asOf()) && p.value() >= 0).findFirst();
    }

    private Series revenue(String id) {
        return money(data.revenue(id));
    }

    /** A series in the scenario's currency; quarters without an exchange rate are left out. */
    private Series money(Series s) {
        Currency to = sc.money();
        if (s.currency().equals(to)) {
            return s;
        }
        return data.convert(s.withPoints(s.points().stream()
                .filter(p -> data.fx().has(s.currency(), to, p.quarter())).toList()), to);
    }

    /** Margin in percent where the data has both income and revenue. */
    private Series margin(String unit) {
        Series inc = data.income(unit);
        Series rev = data.revenue(unit);
        List<Point> pts = inc.points().stream().filter(p -> rev.valueAt(p.quarter()).isPresent())
                .map(p -> p.withValue(100 * p.value() / rev.valueAt(p.quarter()).getAsDouble())).toList();
        return inc.withPoints(pts);
    }

    /**
     * Share on the revenue basis: revenue over the source's market total (billions), or over the sum of the tracked
     * series and the explicit rest, where both are known.
     */
    private Series revenueShare(String id) {
        Series rev = id.equals(MarketHistory.OTHERS) ? others() : revenue(id);
        if (sc.market().hasRest()) {
            Series market = restMarket();
            List<Point> pts = rev.points().stream().filter(p -> market.valueAt(p.quarter()).isPresent())
                    .map(p -> p.withValue(100 * p.value() / market.valueAt(p.quarter()).getAsDouble())).toList();
            return rev.withPoints(pts);
        }
        Series total = total();
        List<Point> pts = rev.points().stream().filter(p -> total.valueAt(p.quarter()).isPresent())
                .map(p -> p.withValue(100 * p.value() / (1000 * total.valueAt(p.quarter()).getAsDouble())))
                .toList();
        return rev.withPoints(pts);
    }

    /** The source's market total in the scenario's currency (billions). */
    private Series total() {
        return money(data.marketTotal(sc.market().source()));
    }

    /**
     * The rest of the market over all the data: the explicit rest series, or the source's total less the tracked
     * revenue (quarters where every tracked revenue and the total are known).
     */
    private Series others() {
        if (sc.market().hasRest()) {
            return revenue(sc.market().rest());
        }
        Series total = total();
        return total.withPoints(MarketHistory.rest(total, tracked()));
    }

    private Map<String, Series> tracked() {
        Map<String, Series> tracked = new LinkedHashMap<>();
        for (String id : sc.ids()) {
            tracked.put(id, revenue(id));
        }
        return tracked;
    }

    /** The market as the tracked series plus the explicit rest (millions), where all of them are known. */
    private Series restMarket() {
        Series rest = revenue(sc.market().rest());
        Map<String, Series> tracked = tracked();
        List<Point> pts = new ArrayList<>();
        for (Point p : rest.points()) {
            double sum = p.value();
            boolean all = true;
            for (Series s : tracked.values()) {
                if (s.valueAt(p.quarter()).isEmpty()) {
                    all = false;
                    break;
                }
                sum += s.valueAt(p.quarter()).getAsDouble();
            }
            if (all) {
                pts.add(p.withValue(sum));
            }
        }
        return rest.withPoints(pts);
    }

    /** An analyst's published share (percent); {@code id == null}: the rest of the market, where all are known. */
    private Series analystShare(String id) {
        String source = sc.market().source();
        if (id != null) {
            return data.analystShare(source, AnalystShares.vendor(data, source, id));
        }
        List<Series> all = sc.ids().stream().map(i -> data.analystShare(source, AnalystShares.vendor(data, source, i)))
                .toList();
        List<Point> pts = new ArrayList<>();
        for (Point p : all.get(0).points()) {
            double sum = 0;
            boolean every = true;
            for (Series s : all) {
                if (s.valueAt(p.quarter()).isEmpty()) {
                    every = false;
                    break;
                }
                sum += s.valueAt(p.quarter()).getAsDouble();
            }
            if (every) {
                pts.add(p.withValue(100 - sum));
            }
        }
        return all.get(0).withPoints(pts);
    }
}
