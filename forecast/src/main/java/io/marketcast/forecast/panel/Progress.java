package io.marketcast.forecast.panel;

/** Told after each series is done (from worker threads; must be thread-safe). */
@FunctionalInterface
public interface Progress {

    void seriesDone(int done, int total);

    /** Ignores progress. */
    Progress NONE = (done, total) -> { };
}
