package io.marketcast.cli.scenario;

import io.marketcast.cli.json.Manifest;
import io.marketcast.cli.json.RunOutput;
import io.marketcast.forecast.scenario.Answers;
import io.marketcast.forecast.scenario.Scenario;
import io.marketcast.forecast.scenario.ScenarioRun;
import io.marketcast.forecast.sim.EventResult;
import io.marketcast.forecast.sim.SeriesQuantiles;
import io.marketcast.model.Point;
import io.marketcast.model.Quarter;
import io.marketcast.model.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The results of a run as {@code run --format json} writes them ({@link RunOutput}): rounded for reading — money to
 * 0.1 million, percent to 0.01, probabilities to 4 decimals (the tables of record keep full precision).
 */
public final class RunResults {

    private RunResults() {
    }

    public static RunOutput of(ScenarioRun run, Answers answers, List<Coverage> coverage,
            BaselineComparison baseline, Manifest manifest, List<String> files) {
        Scenario sc = run.scenario();
        List<String> aq = sc.answerQuarters().stream().map(Quarter::toString).toList();
        List<RunOutput.EventAnswer> ev = new ArrayList<>();
        for (Answers.EventAnswer a : answers.events()) {
            String label = a.kind() == Answers.Kind.PROFITABLE ? sc.label(a.subject()) + " first profitable"
                    : sc.label(a.subject()) + " revenue reaches " + sc.label(a.other()) + "'s";
            Optional<String> warn = run.warning(a.subject()).or(() -> a.other().isEmpty() ? Optional.empty()
                    : run.warning(a.other()));
            ev.add(new RunOutput.EventAnswer(a.kind().name().toLowerCase(java.util.Locale.ROOT), a.event(), label,
                    a.guidance().isEmpty() ? null : a.guidance(), prob(a.pBy()), q(a.median()), q(a.low()),
                    q(a.high()), prob(a.pHorizon()), q(a.actual()),
                    Double.isNaN(a.actualValue()) ? null : round(a.actualValue(), 1), a.comparable(), q(a.since()),
                    q(a.dataEnd()), warn.orElse(null)));
        }
        List<RunOutput.ShareAnswer> sh = new ArrayList<>();
        for (Answers.ShareAnswer s : answers.shares()) {
            Double[] act = new Double[s.actual().length];
            for (int i = 0; i < act.length; i++) {
                act[i] = Double.isNaN(s.actual()[i]) ? null : round(s.actual()[i], 2);
            }
            sh.add(new RunOutput.ShareAnswer(s.series(), RunReport.label(sc, s.series()), round(s.median(), 2),
                    round(s.low(), 2), round(s.high(), 2), act, run.warning(s.series()).orElse(null)));
        }
        RunOutput.Answer answer = new RunOutput.Answer(sc.question(), sc.asOf().toString(), aq, ev, sh);

        List<RunOutput.SeriesQuantiles> quantiles = new ArrayList<>();
        for (SeriesQuantiles s : run.result().series().values()) {
            RunReport.Kind kind = RunReport.Kind.of(s.id());
            int digits = kind == RunReport.Kind.MONEY ? 1 : 2;
            Series actual = run.actuals().get(s.id());
            List<RunOutput.Row> rows = new ArrayList<>();
            double[][] qs = s.quantiles();
            for (int k = 0; k < s.quarters().size(); k++) {
                Quarter q = s.quarters().get(k);
                Optional<Point> a = actual == null ? Optional.empty() : actual.point(q);
                rows.add(new RunOutput.Row(q.toString(), round(s.mean()[k], digits), round(qs[0][k], digits),
                        round(qs[1][k], digits), round(qs[2][k], digits), round(qs[3][k], digits),
                        round(qs[4][k], digits), round(qs[5][k], digits), round(qs[6][k], digits),
                        a.map(p -> round(p.value(), digits)).orElse(null),
                        a.map(p -> RunReport.actualStatus(run, s.id(), p)).orElse(null)));
            }
            quantiles.add(new RunOutput.SeriesQuantiles(s.id(), RunReport.label(sc, s.id()),
                    kind.unit(sc.currency()), run.warning(s.id()).orElse(null), rows));
        }
        List<RunOutput.Event> events = new ArrayList<>();
        for (EventResult e : run.result().events()) {
            events.add(new RunOutput.Event(e.name(), e.quarters().stream().map(Quarter::toString).toList(),
                    prob(e.at()), prob(e.by())));
        }
        List<RunOutput.Coverage> cov = coverage.stream().map(c -> new RunOutput.Coverage(c.series(),
                RunReport.label(sc, c.series()), c.inside80(), c.actuals(), strings(c.below80()),
                strings(c.above80()), strings(c.below90()), strings(c.above90()))).toList();
        RunOutput.Baseline base = null;
        if (baseline != null) {
            List<RunOutput.BaselineRow> rows = new ArrayList<>();
            for (SeriesQuantiles s : run.result().series().values()) {
                SeriesQuantiles b = baseline.baseline().result().series().get(s.id());
                if (b == null) {
                    continue;
                }
                int digits = RunReport.Kind.of(s.id()) == RunReport.Kind.MONEY ? 1 : 2;
                for (Quarter q : sc.reportQuarters()) {
                    if (s.quarters().contains(q) && b.quarters().contains(q)) {
                        double x = b.median(q);
                        double y = s.median(q);
                        rows.add(new RunOutput.BaselineRow(s.id(), RunReport.label(sc, s.id()), q.toString(),
                                round(x, digits), round(y, digits), x == 0 ? Double.NaN : round(100 * (y / x - 1), 2)));
                    }
                }
            }
            List<RunOutput.BaselineEvent> bev = new ArrayList<>();
            for (EventResult e : run.result().events()) {
                EventResult b = baseline.baseline().result().event(e.name());
                bev.add(new RunOutput.BaselineEvent(e.name(), prob(b.by()[b.by().length - 1]),
                        prob(e.by()[e.by().length - 1]), q(b.median()), q(e.median())));
            }
            base = new RunOutput.Baseline(baseline.shocks(), rows, bev);
        }
        return new RunOutput(answer, quantiles, events, cov, base, run.warnings(), manifest, files);
    }

    private static List<String> strings(List<Quarter> qs) {
        return qs.stream().map(Quarter::toString).toList();
    }

    private static String q(Optional<Quarter> q) {
        return q.map(Quarter::toString).orElse(null);
    }

    static double round(double v, int digits) {
        if (!Double.isFinite(v)) {
            return v;
        }
        return new java.math.BigDecimal(v).setScale(digits, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

    private static double[] round(double[] v, int digits) {
        double[] o = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            o[i] = round(v[i], digits);
        }
        return o;
    }

    private static double prob(double p) {
        return round(p, 4);
    }

    private static double[] prob(double[] p) {
        return round(p, 4);
    }
}
