package io.marketcast.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rules that involve bench (docs/architecture.md): bench's test classpath is the only one that has
 * every module, so these rules live here; the others are in cli's {@code ArchitectureTest}.
 */
@AnalyzeClasses(packages = "io.marketcast", importOptions = {ImportOption.DoNotIncludeTests.class,
        ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    static final String MODEL = "io.marketcast.model..";
    static final String FORECAST = "io.marketcast.forecast..";
    static final String CLI = "io.marketcast.cli..";
    static final String BENCH = "io.marketcast.bench..";
    static final String INTERNAL = "io.marketcast.forecast.internal..";

    @ArchTest
    static final ArchRule nothing_depends_on_bench = noClasses()
            .that().resideInAnyPackage(MODEL, FORECAST, CLI)
            .should().dependOnClassesThat().resideInAPackage(BENCH)
            .because("bench is the top of the stack: it measures model, forecast and cli, and none of them may "
                    + "need it (a library or the command line that pulled in JMH would be an upward arrow)");

    @ArchTest
    static final ArchRule internal_is_used_only_by_forecast_and_bench = noClasses()
            .that().resideOutsideOfPackages(FORECAST, BENCH)
            .should().dependOnClassesThat().resideInAPackage(INTERNAL)
            .because("io.marketcast.forecast.internal holds the library's helpers and is not API: only "
                    + "io.marketcast.forecast uses it, with one stated exception, bench, which benchmarks internals "
                    + "(the quantile sketch, the seasonality test, the 1-D minimiser); model and cli must not");

    /** Test classes that other modules share as a test-jar (e.g. forecast's tests) are not main code either. */
    public static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
