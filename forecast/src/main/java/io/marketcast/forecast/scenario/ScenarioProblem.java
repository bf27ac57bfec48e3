package io.marketcast.forecast.scenario;

/**
 * A scenario that cannot be run, located by its key: {@code series[1].method}, {@code shocks[0].from},
 * {@code as_of}. The key uses the names of the scenario file (docs/scenarios.md), so that the file reader can point
 * at a line and column and the command line at an option.
 */
public final class ScenarioProblem extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String problem;

    /**
     * @param key     the scenario key the problem is in, e.g. {@code series[0].id}; empty for the whole scenario
     * @param problem what is wrong and what was expected
     */
    public ScenarioProblem(String key, String problem) {
        this(key, problem, null);
    }

    /**
     * @param key     the scenario key the problem is in
     * @param problem what is wrong and what was expected
     * @param cause   what the library found, e.g. a {@link io.marketcast.model.MissingRateException}; may be null
     */
    public ScenarioProblem(String key, String problem, Throwable cause) {
        super((key == null || key.isEmpty() ? "" : "key '" + key + "': ") + problem, cause);
        this.key = key == null ? "" : key;
        this.problem = problem;
    }

    /** The key, e.g. {@code series[0].id}. */
    public String key() {
        return key;
    }

    /** The problem without the key. */
    public String problem() {
        return problem;
    }
}
