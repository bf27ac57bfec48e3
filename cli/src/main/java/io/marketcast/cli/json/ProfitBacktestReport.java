package io.marketcast.cli.json;

import java.util.List;

/**
 * {@code marketcast backtest SLUG --profit}: per as-of quarter before the unit's first profit and per margin model,
 * where the actual first profitable quarter fell in the forecast distribution. Probabilities 0..1; {@code pit} is
 * {@code cdfBefore + pActual/2}; {@code logScore} is {@code ln max(pActual, floor)}; a refused model has
 * {@code refused} set and null scores.
 */
public record ProfitBacktestReport(String series, String actualFirstProfitable, String actualDefinition,
        int paths, long seed, int quartersAhead, double floor, List<Origin> origins, List<Summary> summary) {

    /** One as-of quarter; {@code observations} is null when every model refused. */
    public record Origin(String asOf, Integer observations, List<Score> scores) {
    }

    /** One model at one as-of quarter. */
    public record Score(String model, String refused, Double pActual, Double cdfBefore, Double pit, Double logScore,
            String median) {
    }

    /** One model over the origins it forecast from. */
    public record Summary(String model, int scored, Double meanLogScore, Double meanPit, Double meanPActual,
            List<Double> pits) {
    }
}
