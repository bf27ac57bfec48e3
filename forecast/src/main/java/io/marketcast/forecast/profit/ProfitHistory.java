package io.marketcast.forecast.profit;

import io.marketcast.model.AnnualFigure;
import io.marketcast.model.Currency;
import io.marketcast.model.Dataset;
import io.marketcast.model.Point;
import io.marketcast.model.Quarter;
import io.marketcast.model.Series;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A unit's profit history as known at the as-of quarter, in one currency (USD by default): the observations a
 * {@link ProfitModel} is fitted on, and whether (and since when) the unit is already profitable.
 *
 * <p>Observations: every quarter with both revenue and income, on the income basis of the latest known quarter;
 * fiscal years from annual.csv whose quarters are not all known quarterly, less the quarters of the year that are
 * known on their own (e.g. {@code FY2020 less 2019Q4 and 2020Q1}: the year's total minus those quarters, covering the
 * quarters not disclosed), so that no loss is counted twice and the latest quarters keep their own margins. Figures in another currency are converted at the quarterly average rate (a year at the mean
 * of its quarters' rates): margins are unchanged, the revenue scale matches the simulated paths.
 *
 * @param slug            unit
 * @param asOf            vantage quarter
 * @param observations    oldest first
 * @param lastIncome      the latest known quarterly income (millions of the history's currency)
 * @param profitableSince first quarter of the current run of non-negative quarterly income, if the latest is ≥ 0
 */
public record ProfitHistory(String slug, Quarter asOf, List<ProfitObservation> observations, double lastIncome,
        Optional<Quarter> profitableSince) {

    /** Builds the history of {@code slug} from {@code data} as known at the end of {@code asOf}, in USD. */
    public static ProfitHistory of(Dataset data, String slug, Quarter asOf) {
        return of(data, slug, asOf, Currency.USD);
    }

    /**
     * Builds the history of {@code slug} from {@code data} as known at the end of {@code asOf}, in {@code currency}.
     *
     * @throws io.marketcast.model.MissingRateException when a quarter the history needs has no exchange rate
     */
    public static ProfitHistory of(Dataset data, String slug, Quarter asOf, Currency currency) {
        Dataset known = data.asOf(asOf);
        Series income = known.income(slug);
        Series revenue = known.revenue(slug);
        String basis = income.basisOf(income.lastPoint().definition());
        List<Point> quarters = income.points().stream()
                .filter(p -> income.basisOf(p.definition()).equals(basis))
                .filter(p -> revenue.valueAt(p.quarter()).isPresent()).toList();
        List<AnnualFigure> years = new ArrayList<>();
        Set<Quarter> coveredByYears = new HashSet<>();
        for (AnnualFigure a : known.annual(slug)) {
            if (a.income().isEmpty() || !income.basisOf(a.definition()).equals(basis)) {
                continue;
            }
            boolean allQuarterly = a.quarters().stream().allMatch(q -> income.valueAt(q).isPresent());
            if (!allQuarterly) {
                years.add(a);
            }
        }
        List<ProfitObservation> obs = new ArrayList<>();
        for (AnnualFigure a : years) {
            double rate = income.currency().equals(currency) ? 1
                    : a.quarters().stream().mapToDouble(q -> data.fx().rate(income.currency(), currency, q))
                            .average().orElseThrow();
            // the quarters of the year known on their own stay observations; the year contributes the rest of it
            List<Point> inside = quarters.stream().filter(p -> a.quarters().contains(p.quarter())).toList();
            double rev = a.revenue() / rate;
            double inc = a.income().getAsDouble() / rate;
            for (Point p : inside) {
                double r = income.currency().equals(currency) ? 1
                        : data.fx().rate(income.currency(), currency, p.quarter());
                rev -= revenue.valueAt(p.quarter()).getAsDouble() / r;
                inc -= p.value() / r;
            }
            List<Quarter> rest = a.quarters().stream()
                    .filter(q -> inside.stream().noneMatch(p -> p.quarter().equals(q))).toList();
            if (inside.isEmpty() || !(rev > 0)) {
                coveredByYears.addAll(a.quarters());
                obs.add(new ProfitObservation(a.fiscalYear(), a.revenue() / rate, a.income().getAsDouble() / rate,
                        a.quarters().stream().mapToInt(q -> asOf.until(q)).toArray()));
            } else {
                coveredByYears.addAll(rest);
                obs.add(new ProfitObservation(a.fiscalYear() + " less " + String.join(" and ", inside.stream()
                        .map(p -> p.quarter().toString()).toList()), rev, inc,
                        rest.stream().mapToInt(q -> asOf.until(q)).toArray()));
            }
        }
        for (Point p : quarters) {
            if (coveredByYears.contains(p.quarter())) {
                continue;
            }
            double rate = income.currency().equals(currency) ? 1
                    : data.fx().rate(income.currency(), currency, p.quarter());
            obs.add(new ProfitObservation(p.quarter().toString(), revenue.valueAt(p.quarter()).getAsDouble() / rate,
                    p.value() / rate, new int[] {asOf.until(p.quarter())}));
        }
        obs.sort((x, y) -> Integer.compare(x.quarters()[0], y.quarters()[0]));
        Point last = income.lastPoint();
        double lastRate = income.currency().equals(currency) ? 1
                : data.fx().rate(income.currency(), currency, last.quarter());
        Optional<Quarter> since = Optional.empty();
        if (last.value() >= 0) {
            Quarter s = last.quarter();
            List<Point> pts = income.points();
            for (int i = pts.size() - 1; i >= 0 && pts.get(i).value() >= 0; i--) {
                s = pts.get(i).quarter();
            }
            since = Optional.of(s);
        }
        return new ProfitHistory(slug, asOf, List.copyOf(obs), last.value() / lastRate, since);
    }

    /** The last quarter with an income figure among the observations. */
    public Quarter lastObserved() {
        if (observations.isEmpty()) {
            return asOf;
        }
        int last = Integer.MIN_VALUE;
        for (ProfitObservation o : observations) {
            for (int q : o.quarters()) {
                last = Math.max(last, q);
            }
        }
        return asOf.plus(last);
    }

    /**
     * Quarters after the last income figure up to the as-of quarter: no figure was known for them at the as-of
     * quarter, and a forecast bridges them. Empty when the last figure is the as-of quarter's.
     */
    public List<Quarter> bridged() {
        Quarter last = lastObserved();
        return last.isBefore(asOf) ? Quarter.range(last.next(), asOf) : List.of();
    }
}
