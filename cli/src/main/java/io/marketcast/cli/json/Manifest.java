package io.marketcast.cli.json;

import java.util.Map;

/**
 * {@code manifest.json} of a scenario run: what is needed to reproduce and trust it; {@code fits} describes each
 * simulated series' model, {@code correlation} is the innovations' correlation matrix in the order of {@code fits}.
 */
public record Manifest(String scenario, String scenarioFile, String scenarioSha256, long seed, int paths,
        String asOf, String horizon, String data, String dataVersion, String toolVersion, String gitCommit,
        String java, int threads, long wallTimeMillis, Map<String, String> fits, double[][] correlation) {
}
