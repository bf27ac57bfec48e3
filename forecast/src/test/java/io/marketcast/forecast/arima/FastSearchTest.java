package io.marketcast.forecast.arima;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.marketcast.model.CompetitionSeries;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * auto.arima's search on the fast likelihood ({@link FastKernels}) chooses the model that the search on R's kernels
 * chooses, and returns the same fit: same orders and constant, coefficients, log-likelihood and AICc to the bit
 * (both end in the same fit with R's kernels). Every 25th M3 yearly and quarterly series, every 300th monthly and
 * every 100th other: 26 + 31 + 5 + 2 series (the search on R's kernels takes seconds per monthly series).
 */
class FastSearchTest {

    static Stream<String> series() {
        List<CompetitionSeries> all = List.copyOf(ArimaRReferenceTest.M3.values());
        return Stream.of("YEARLY", "QUARTERLY", "MONTHLY", "OTHER").flatMap(p -> {
            List<CompetitionSeries> ps = all.stream().filter(s -> s.period().equals(p))
                    .sorted(java.util.Comparator.comparing(CompetitionSeries::id)).toList();
            int every = p.equals("MONTHLY") ? 300 : p.equals("OTHER") ? 100 : 25;
            return java.util.stream.IntStream.range(0, ps.size()).filter(i -> i % every == 0).mapToObj(i -> ps.get(i).id());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("series")
    void fastSearchChoosesAndFitsAsTheReferenceSearch(String id) {
        CompetitionSeries s = ArimaRReferenceTest.M3.get(id);
        double[] y = s.train();
        ArimaFit fast = AutoArima.fit(y, s.frequency(), true);
        ArimaFit reference = AutoArima.fit(y, s.frequency(), false);
        assertEquals(reference.order(), fast.order(), s.id());
        assertEquals(reference.constant(), fast.constant(), s.id());
        assertArrayEquals(reference.coefficients(), fast.coefficients(), 0, s.id());
        assertEquals(reference.logLikelihood(), fast.logLikelihood(), 0, s.id());
        assertEquals(reference.aicc(), fast.aicc(), 0, s.id());
    }
}
