package io.marketcast.forecast.ets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Training parts of chosen M3 series, read from the model module's resource copy on the classpath. */
final class M3Fixture {

    private M3Fixture() {
    }

    static Map<String, double[]> train(Set<String> ids) {
        Map<String, List<Double>> values = new HashMap<>();
        try (InputStream in = M3Fixture.class.getResourceAsStream("/io/marketcast/model/m3/train.csv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                int c1 = line.indexOf(',');
                String id = line.substring(0, c1).replace("\"", "");
                if (ids.contains(id)) {
                    int c2 = line.indexOf(',', c1 + 1);
                    values.computeIfAbsent(id, k -> new ArrayList<>()).add(Double.parseDouble(line.substring(c2 + 1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, double[]> out = new HashMap<>();
        values.forEach((id, v) -> out.put(id, v.stream().mapToDouble(Double::doubleValue).toArray()));
        return out;
    }
}
