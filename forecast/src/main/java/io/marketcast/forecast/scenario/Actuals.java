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
 * What actually happened, from the full data, set beside a run's results once they are computed: revenue in USD,
 * the rest of the market, shares, income and margins, and each unit's first profitable quarter after the as-of
 * quarter.
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
            out.put(ProfitSeries.incomeId(unit), usd(data.income(unit)));
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
        return usd(data.revenue(id));
    }

    /** A series in USD; CNY quarters without an FX rate are left out. */
    private Series usd(Series s) {
        if (s.currency() == Currency.USD) {
            return s;
        }
        return data.inUsd(s.withPoints(s.points().stream()
                .filter(p -> data.fx().rates().containsKey(p.quarter())).toList()));
    }

    /** Margin in percent where the data has both income and revenue. */
    private Series margin(String unit) {
        Series inc = data.income(unit);
        Series rev = data.revenue(unit);
        List<Point> pts = inc.points().stream().filter(p -> rev.valueAt(p.quarter()).isPresent())
                .map(p -> p.withValue(100 * p.value() / rev.valueAt(p.quarter()).getAsDouble())).toList();
        return inc.withPoints(pts);
    }

    /** Share on the revenue basis: revenue over the analyst's market total, where both are known. */
    private Series revenueShare(String id) {
        Series total = data.marketTotal(sc.market().source());
        Series rev = id.equals(MarketHistory.OTHERS) ? others() : revenue(id);
        List<Point> pts = rev.points().stream().filter(p -> total.valueAt(p.quarter()).isPresent())
                .map(p -> p.withValue(100 * p.value() / (1000 * total.valueAt(p.quarter()).getAsDouble())))
                .toList();
        return rev.withPoints(pts);
    }

    /** The rest of the market over all the data (quarters where every tracked revenue and the total are known). */
    private Series others() {
        Map<String, Series> tracked = new LinkedHashMap<>();
        for (String id : sc.ids()) {
            tracked.put(id, revenue(id));
        }
        Series total = data.marketTotal(sc.market().source());
        return total.withPoints(MarketHistory.rest(total, tracked));
    }

    /** An analyst's published share (percent); {@code id == null}: the rest of the market, where all are known. */
    private Series analystShare(String id) {
        String source = sc.market().source();
        if (id != null) {
            return data.analystShare(source, AnalystShares.vendor(id));
        }
        List<Series> all = sc.ids().stream().map(i -> data.analystShare(source, AnalystShares.vendor(i))).toList();
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
