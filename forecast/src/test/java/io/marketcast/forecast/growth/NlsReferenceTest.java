package io.marketcast.forecast.growth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.model.Dataset;
import io.marketcast.model.Quarter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Our fits against R's {@code nls} on the same problems, in the same parametrisation. The expected values come
 * from {@code bench/compare/growth_nls_reference.R} (kept beside them as {@code nls/nls_reference.csv}; rerun the
 * script to regenerate). Tolerance: 1e-6 relative on estimates, standard errors, RSS and sigma — nls stops on its
 * relative-offset criterion (1e-7), which bounds its own error well below that.
 */
class NlsReferenceTest {

    static final double TOLERANCE = 1e-6;

    record Row(String problem, String model, String error, String parameter, double estimate, double stdError,
            double rss, double sigma) {
    }

    @Test
    void theAwsInputIsTheDatasetAsOf2020Q3() throws IOException {
        double[] y = column(lines("nls/aws_2020Q3.csv"), 2);
        Dataset d = Dataset.embedded();
        assertArrayEquals(d.revenue("aws").comparableStretch(Quarter.of(2020, 3)).values(), y);
    }

    @Test
    void everyReferenceFitIsReproduced() throws IOException {
        List<Row> rows = reference();
        assertEquals(11, rows.size());
        for (String problem : List.of("misra1a", "rat42", "aws")) {
            for (String model : rows.stream().filter(r -> r.problem().equals(problem)).map(Row::model).distinct()
                    .toList()) {
                List<Row> expected = rows.stream().filter(r -> r.problem().equals(problem)
                        && r.model().equals(model)).toList();
                GrowthFit fit = fit(problem, model, ErrorModel.parse(expected.get(0).error()));
                assertTrue(fit.usable(), fit.toString());
                double[] se = fit.stdErrors().orElseThrow();
                for (int i = 0; i < expected.size(); i++) {
                    Row r = expected.get(i);
                    String what = problem + " " + model + " " + r.parameter();
                    assertEquals(r.parameter(), fit.curve().parameterNames().get(i), what);
                    assertRelative(r.estimate(), fit.estimate(i), what);
                    assertRelative(r.stdError(), se[i], what + " SE");
                }
                assertRelative(expected.get(0).rss(), fit.rss(), problem + " " + model + " RSS");
                assertRelative(expected.get(0).sigma(), fit.sigma(), problem + " " + model + " sigma");
            }
        }
    }

    private static GrowthFit fit(String problem, String model, ErrorModel error) throws IOException {
        double[] t;
        double[] y;
        if (problem.equals("aws")) {
            List<String[]> l = lines("nls/aws_2020Q3.csv");
            t = column(l, 0);
            y = column(l, 2);
        } else {
            StrdProblem p = StrdProblem.load(problem.equals("rat42") ? "Rat42" : "Misra1a");
            t = p.x();
            y = p.y();
        }
        return GrowthFitter.fit(GrowthSpec.of(Curves.byName(model)).withError(error), t, y);
    }

    private static List<Row> reference() throws IOException {
        List<Row> out = new ArrayList<>();
        for (String[] f : lines("nls/nls_reference.csv")) {
            out.add(new Row(f[0], f[1], f[2], f[3], Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                    Double.parseDouble(f[6]), Double.parseDouble(f[7])));
        }
        return out;
    }

    /** Data lines of a CSV resource, split on commas, header dropped. */
    private static List<String[]> lines(String resource) throws IOException {
        try (InputStream in = NlsReferenceTest.class.getResourceAsStream(resource)) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")).skip(1)
                    .filter(s -> !s.isBlank()).map(s -> s.split(",")).toList();
        }
    }

    private static double[] column(List<String[]> rows, int c) {
        return rows.stream().mapToDouble(r -> Double.parseDouble(r[c])).toArray();
    }

    private static void assertRelative(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.abs(expected) * TOLERANCE, what);
    }
}
