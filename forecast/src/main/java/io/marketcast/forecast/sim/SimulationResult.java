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
 * @param joint    the events counted jointly, for reweighting paths by an event ({@link #reweighted})
 */
public record SimulationResult(List<Quarter> grid, Map<String, SeriesQuantiles> series, List<EventResult> events,
        int paths, long seed, JointEvents joint) {

    /**
     * The event probabilities when the paths on which the profitability event {@code condition} (e.g.
     * {@code profitable:alibaba-cloud}) first held by {@code by} get weight {@code weight} and the others weight 1
     * (weight 1 = these events).
     */
    public List<EventResult> reweighted(String condition, Quarter by, double weight) {
        return joint.reweighted(condition, by, weight);
    }

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
