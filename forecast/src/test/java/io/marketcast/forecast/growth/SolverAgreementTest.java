package io.marketcast.forecast.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.model.Dataset;
import io.marketcast.model.Quarter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compact solver gives the same answers as Commons Math: on NIST StRD from both starts, on every curve and
 * error model for AWS, Alibaba Cloud and Google Cloud as of 2020Q3, and on the benchmark-like logistic and Gompertz
 * problems, whenever Commons Math gives a usable fit the compact solver does too, with the same RSS to
 * {@value #RSS} relative and estimates equal to {@value #ESTIMATES} relative or, in the flat valleys of weakly
 * identified fits, to {@value #OF_SE} of a standard error. Both stop at a relative cost reduction of 1e-10, so
 * where the valley is flat the last digits differ; neither is the more accurate (the RSS tells).
 */
class SolverAgreementTest {

    static final double ESTIMATES = 1e-7;
    static final double RSS = 1e-9;
    static final double OF_SE = 1e-4;

    static Stream<Arguments> problems() {
        List<Arguments> out = new ArrayList<>();
        StrdProblem misra = StrdProblem.load("Misra1a");
        StrdProblem rat = StrdProblem.load("Rat42");
        for (double[] s : new double[][] {misra.start1(), misra.start2()}) { // well conditioned: 1e-7 relative
            out.add(Arguments.of("Misra1a " + s[0], GrowthSpec.of(Curves.MONOMOLECULAR.curve())
                    .withError(ErrorModel.ADDITIVE).withStart(s), misra.x(), misra.y()));
        }
        for (double[] b : new double[][] {rat.start1(), rat.start2()}) {
            out.add(Arguments.of("Rat42 " + b[0], GrowthSpec.of(Curves.LOGISTIC.curve()).withError(ErrorModel.ADDITIVE)
                    .withStart(b[0], b[2], b[1] / b[2]), rat.x(), rat.y()));
        }
        Dataset d = Dataset.embedded();
        for (String slug : List.of("aws", "alibaba-cloud", "google-cloud")) {
            double[] y = d.inUsd(d.revenue(slug).comparableStretch(Quarter.of(2020, 3))).values();
            double[] t = GrowthMethod.times(0, y.length);
            for (GrowthCurve c : Curves.all()) {
                for (ErrorModel e : ErrorModel.values()) {
                    out.add(Arguments.of(slug + " " + c.name() + " " + e.label(), GrowthSpec.of(c).withError(e), t, y));
                }
            }
        }
        for (GrowthCurve c : List.of(Curves.LOGISTIC.curve(), Curves.GOMPERTZ.curve())) {
            double[] truth = {10000, c == Curves.LOGISTIC.curve() ? 0.15 : 0.1, c == Curves.LOGISTIC.curve() ? 20 : 15};
            double[] t = GrowthMethod.times(0, 40);
            double[] y = new double[40];
            for (int i = 0; i < 40; i++) {
                y[i] = c.value(i + 1, truth) * Math.exp(0.02 * Math.sin(12.9898 * (i + 1)));
            }
            out.add(Arguments.of("40 points " + c.name(), GrowthSpec.of(c).withError(ErrorModel.ADDITIVE)
                    .withStart(15000, truth[1] * 2 / 3, truth[2] - 5), t, y));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void compactSolverAgreesWithCommonsMath(String name, GrowthSpec spec, double[] t, double[] y) {
        GrowthFit reference = GrowthFitter.fit(spec.withSolver(Solver.COMMONS_MATH), t, y);
        GrowthFit compact = GrowthFitter.fit(spec.withSolver(Solver.COMPACT), t, y);
        if (!reference.usable()) {
            return; // nothing to agree with: a runaway the data do not identify (its diagnostics are tested elsewhere)
        }
        assertTrue(compact.usable(), name + ": " + compact);
        assertEquals(reference.rss(), compact.rss(), RSS * reference.rss(), name + " RSS");
        double[] seRef = reference.stdErrors().orElseThrow();
        double[] seCompact = compact.stdErrors().orElseThrow();
        for (int i = 0; i < seRef.length; i++) {
            double tolerance = Math.max(ESTIMATES * Math.abs(reference.estimate(i)), OF_SE * seRef[i]);
            assertEquals(reference.estimate(i), compact.estimate(i), tolerance,
                    name + " " + spec.curve().parameterNames().get(i));
            assertEquals(seRef[i], seCompact[i], OF_SE * seRef[i], name + " SE");
        }
    }
}
