package io.marketcast.forecast.sim;

import io.marketcast.model.Quarter;
import java.util.List;
import java.util.Map;

/**
 * What a simulation produced: per series the quantiles per quarter, per event its probabilities.
 *
 * @param grid     the simulated quarters
 * @param series   quantiles by series id (simulated, then derived), in row order
 * @param events   event probabilities, in spec order
 * @param paths    number of paths
 * @param seed     the run's seed
 */
public record SimulationResult(List<Quarter> grid, Map<String, SeriesQuantiles> series, List<EventResult> events,
        int paths, long seed) {

    public SeriesQuantiles series(String id) {
        SeriesQuantiles s = series.get(id);
        if (s == null) {
            throw new IllegalArgumentException("no simulated series '" + id + "' (have " + series.keySet() + ")");
        }
        return s;
    }

    public EventResult event(String name) {
        return events.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event '" + name + "'"));
    }
}
