package io.marketcast.forecast.scenario;

import io.marketcast.forecast.share.MarketHistory;
import io.marketcast.forecast.share.ShareSeries;
import io.marketcast.forecast.sim.EventResult;
import io.marketcast.forecast.sim.SeriesQuantiles;
import io.marketcast.model.Point;
import io.marketcast.model.Quarter;
import io.marketcast.model.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A run's answer to its question, in numbers, at the scenario's answer quarters ({@link Scenario#answerQuarters()}):
 * for each profitability unit and crossover pair the probability that it has happened by each quarter, the median
 * quarter and the 80% range, and what the full data says happened; for each share the median and 80% interval with
 * the actual. Read from the run's results only; nothing is simulated again.
 *
 * @param events per profitability unit (first) and crossover pair: the model's answer, and after each unit with
 *               guidance the answer with the guidance ({@link EventAnswer#guidance()} not empty)
 * @param shares per tracked series (and the rest of the market) when shares were computed
 */
public record Answers(List<EventAnswer> events, List<ShareAnswer> shares) {

    public Answers {
        events = List.copyOf(events);
        shares = List.copyOf(shares);
    }

    /** What kind of event an answer is about. */
    public enum Kind {
        /** a unit's first quarter with income ≥ 0 */
        PROFITABLE,
        /** the first quarter a challenger's revenue is at least a leader's */
        CROSSOVER
    }

    /**
     * When an event first happens.
     *
     * @param kind        what the event is
     * @param event       the event's name in events.csv, e.g. {@code profitable:alibaba-cloud}
     * @param subject     the unit, or the challenger
     * @param other       the leader of a crossover; empty for profitability
     * @param quarters    the answer quarters
     * @param pBy         P(first happened by each answer quarter), in [0, 1]
     * @param median      the median first quarter; empty when it lies beyond the horizon
     * @param low         the 10% quantile of the first quarter; empty when beyond the horizon
     * @param high        the 90% quantile of the first quarter; empty when beyond the horizon
     * @param pHorizon    P(by the horizon)
     * @param actual      what happened: the first quarter after the as-of quarter in which it held in the full data
     * @param actualValue for profitability, that quarter's income (scenario currency, millions); NaN otherwise
     * @param comparable  whether the actual is on a definition comparable with the fitted history
     * @param since       when the condition already held at the as-of quarter: since when (profitable units)
     * @param dataEnd     the last quarter the data can tell (both series known, for a crossover)
     * @param guidance    empty for the model alone; else the guidance the probabilities are reweighted by, in words
     */
    public record EventAnswer(Kind kind, String event, String subject, String other, List<Quarter> quarters,
            double[] pBy, Optional<Quarter> median, Optional<Quarter> low, Optional<Quarter> high, double pHorizon,
            Optional<Quarter> actual, double actualValue, boolean comparable, Optional<Quarter> since,
            Optional<Quarter> dataEnd, String guidance) {

        public EventAnswer {
            quarters = List.copyOf(quarters);
            pBy = pBy.clone();
        }

        @Override
        public double[] pBy() {
            return pBy.clone();
        }

        /** P(first happened by {@code q}), for an answer quarter. */
        public double pBy(Quarter q) {
            int i = quarters.indexOf(q);
            if (i < 0) {
                throw new IllegalArgumentException(q + " is not an answer quarter (" + quarters + ")");
            }
            return pBy[i];
        }

        /** The same answer with the event's probabilities replaced by {@code e}'s, labelled by {@code words}. */
        EventAnswer reweighted(EventResult e, String words) {
            return new EventAnswer(kind, event, subject, other, quarters, quarters.stream().mapToDouble(e::by).toArray(),
                    e.median(), e.quarterReaching(0.1), e.quarterReaching(0.9), e.by()[e.by().length - 1], actual,
                    actualValue, comparable, since, dataEnd, words);
        }
    }

    /**
     * A share at each answer quarter.
     *
     * @param series   the result id, e.g. {@code share:aws}
     * @param quarters the answer quarters
     * @param median   median share, percent
     * @param low      10% quantile, percent
     * @param high     90% quantile, percent
     * @param actual   the actual share where the data has it (NaN where not), percent
     */
    public record ShareAnswer(String series, List<Quarter> quarters, double[] median, double[] low, double[] high,
            double[] actual) {
        public ShareAnswer {
            quarters = List.copyOf(quarters);
            median = median.clone();
            low = low.clone();
            high = high.clone();
            actual = actual.clone();
        }

        @Override
        public double[] median() {
            return median.clone();
        }

        @Override
        public double[] low() {
            return low.clone();
        }

        @Override
        public double[] high() {
            return high.clone();
        }

        @Override
        public double[] actual() {
            return actual.clone();
        }
    }

    /** The answers of {@code run}, with guidance-weighted event probabilities where the scenario states guidance. */
    public static Answers of(ScenarioRun run) {
        Scenario sc = run.scenario();
        List<Quarter> qs = sc.answerQuarters();
        List<EventAnswer> events = new ArrayList<>();
        for (String unit : sc.analyses().profitability()) {
            ScenarioRun.Profit p = run.profits().get(unit);
            EventResult e = run.result().event(ScenarioRun.profitableEvent(unit));
            Optional<Point> first = p.actualFirst();
            Series income = run.actuals().get("income:" + unit);
            boolean comparable = first.map(a -> comparable(run, "income:" + unit, a)).orElse(true);
            EventAnswer model = answer(Kind.PROFITABLE, e, unit, "", qs, first.map(Point::quarter),
                    first.map(a -> income == null ? a.value() : income.valueAt(a.quarter()).orElse(a.value()))
                            .orElse(Double.NaN), comparable, p.history().profitableSince(),
                    income == null || income.isEmpty() ? Optional.empty() : Optional.of(income.last()), "");
            events.add(model);
            for (ScenarioRun.Weighted w : run.guided()) {
                if (w.guidance().series().equals(unit)) {
                    events.add(model.reweighted(w.event(ScenarioRun.profitableEvent(unit)), w.words()));
                }
            }
        }
        for (List<String> pair : sc.analyses().crossover()) {
            String a = pair.get(0);
            String b = pair.get(1);
            EventResult e = run.result().event(ScenarioRun.crossoverEvent(a, b));
            Series sa = run.actuals().get(a);
            Series sb = run.actuals().get(b);
            Optional<Quarter> actual = Optional.empty();
            Optional<Quarter> end = Optional.empty();
            if (sa != null && sb != null) {
                for (Point pa : sa.points()) {
                    Quarter q = pa.quarter();
                    OptionalDouble vb = sb.valueAt(q);
                    if (!q.isAfter(sc.asOf()) || vb.isEmpty()) {
                        continue;
                    }
                    end = Optional.of(q);
                    if (actual.isEmpty() && pa.value() >= vb.getAsDouble()) {
                        actual = Optional.of(q);
                    }
                }
            }
            events.add(answer(Kind.CROSSOVER, e, a, b, qs, actual, Double.NaN, true, Optional.empty(), end, ""));
        }
        List<ShareAnswer> shares = new ArrayList<>();
        if (sc.analyses().share()) {
            List<String> ids = new ArrayList<>(sc.ids());
            ids.add(MarketHistory.OTHERS);
            for (String id : ids) {
                SeriesQuantiles s = run.result().series().get(ShareSeries.id(id));
                if (s == null) {
                    continue;
                }
                Series actual = run.actuals().get(ShareSeries.id(id));
                double[] med = new double[qs.size()];
                double[] lo = new double[qs.size()];
                double[] hi = new double[qs.size()];
                double[] act = new double[qs.size()];
                for (int k = 0; k < qs.size(); k++) {
                    Quarter q = qs.get(k);
                    med[k] = s.median(q);
                    lo[k] = s.quantile(0.1, q);
                    hi[k] = s.quantile(0.9, q);
                    act[k] = actual == null ? Double.NaN : actual.valueAt(q).orElse(Double.NaN);
                }
                shares.add(new ShareAnswer(s.id(), qs, med, lo, hi, act));
            }
        }
        return new Answers(events, shares);
    }

    private static EventAnswer answer(Kind kind, EventResult e, String subject, String other, List<Quarter> qs,
            Optional<Quarter> actual, double actualValue, boolean comparable, Optional<Quarter> since,
            Optional<Quarter> dataEnd, String guidance) {
        return new EventAnswer(kind, e.name(), subject, other, qs, qs.stream().mapToDouble(e::by).toArray(),
                e.median(), e.quarterReaching(0.1), e.quarterReaching(0.9), e.by()[e.by().length - 1], actual,
                actualValue, comparable, since, dataEnd, guidance);
    }

    private static boolean comparable(ScenarioRun run, String id, Point p) {
        Series h = run.bases().get(id);
        if (h == null || h.isEmpty()) {
            return true;
        }
        return h.basisOf(h.lastPoint().definition()).equals(h.basisOf(p.definition()));
    }
}
