package io.marketcast.forecast.growth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A NIST StRD nonlinear-regression problem from the test resources: data, certified values, both starts. */
record StrdProblem(String name, double[] x, double[] y, double[] certified, double[] certifiedSd, double rss,
        double[] start1, double[] start2) {

    static StrdProblem load(String name) {
        try (InputStream csv = resource(name + ".csv"); InputStream json = resource(name + ".json")) {
            List<double[]> rows = new ArrayList<>();
            String[] lines = new String(csv.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    String[] f = lines[i].split(",");
                    rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
                }
            }
            JsonNode j = new ObjectMapper().readTree(json);
            return new StrdProblem(name, rows.stream().mapToDouble(r -> r[0]).toArray(),
                    rows.stream().mapToDouble(r -> r[1]).toArray(), array(j.get("certified")),
                    array(j.get("certified_sd")), j.get("rss").asDouble(), array(j.get("start1")),
                    array(j.get("start2")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = StrdProblem.class.getResourceAsStream("strd/" + file);
        if (in == null) {
            throw new IllegalStateException("missing test resource strd/" + file);
        }
        return in;
    }

    private static double[] array(JsonNode a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asDouble();
        }
        return out;
    }
}
