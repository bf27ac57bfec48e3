package io.marketcast.forecast.arima;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * auto.arima against R's (forecast 8.20) on 30 M3 series — yearly, quarterly and other, 10 of each with distinct
 * chosen models: {@code arima/r_auto.csv}, rows of the output of {@code bench/compare/arima_m3.R}. The chosen orders
 * and constant must be R's; AICc and log-likelihood to 1e-6 absolute, the forecasts to 1e-6 relative. (The whole
 * of M3 is compared by {@code io.marketcast.bench.arima.ArimaM3Run}, docs/BENCHMARKS.md.)
 */
class AutoArimaRReferenceTest {

    record Case(String id, ArimaOrder order, boolean constant, double aicc, double loglik, double[] forecast) {
        @Override
        public String toString() {
            return id + " " + order + (constant ? " +c" : "");
        }
    }

    static Stream<Case> cases() {
        List<Case> out = new ArrayList<>();
        try (InputStream in = AutoArimaRReferenceTest.class.getResourceAsStream("/arima/r_auto.csv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.replace("\"", "").split(",", -1);
                int m = Integer.parseInt(f[1]);
                int[] o = Arrays.stream(f, 2, 8).mapToInt(Integer::parseInt).toArray();
                ArimaOrder order = new ArimaOrder(o[0], o[1], o[2], o[3], o[4], o[5], m);
                out.add(new Case(f[0], order, f[8].equals("1") || f[9].equals("1"), Double.parseDouble(f[10]),
                        Double.parseDouble(f[11]),
                        Arrays.stream(f[12].split(";")).mapToDouble(Double::parseDouble).toArray()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void choosesAndFitsAsR(Case c) {
        double[] y = ArimaRReferenceTest.M3.get(c.id()).train();
        ArimaFit fit = AutoArima.fit(y, c.order().period());
        assertEquals(c.order(), fit.order(), c.id());
        assertEquals(c.constant(), fit.constant() != ArimaFit.Constant.NONE, c.id() + " constant");
        assertEquals(c.aicc(), fit.aicc(), 1e-6, c.id() + " AICc");
        assertEquals(c.loglik(), fit.logLikelihood(), 1e-6, c.id() + " loglik");
        double[] mean = fit.kalmanForecast(c.forecast().length)[0];
        for (int h = 0; h < mean.length; h++) {
            assertEquals(c.forecast()[h], mean[h], 1e-6 * Math.abs(c.forecast()[h]), c.id() + " step " + (h + 1));
        }
    }
}
