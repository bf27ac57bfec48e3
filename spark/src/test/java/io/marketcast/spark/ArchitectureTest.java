package io.marketcast.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rules that involve spark (docs/architecture.md): spark's test classpath has model, forecast and
 * spark, so these rules live here.
 */
@AnalyzeClasses(packages = "io.marketcast", importOptions = {ImportOption.DoNotIncludeTests.class,
        ArchitectureTest.OnlyOurs.class})
class ArchitectureTest {

    /** Our class folders and jars only: Spark's hundreds of jars need not be opened to find io.marketcast. */
    public static final class OnlyOurs implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.isJar() || location.contains("/marketcast-") && !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule the_libraries_do_not_depend_on_spark = noClasses()
            .that().resideInAnyPackage("io.marketcast.model..", "io.marketcast.forecast..")
            .should().dependOnClassesThat().resideInAnyPackage("io.marketcast.spark..", "org.apache.spark..",
                    "scala..")
            .because("spark sits beside cli on top of the libraries: a library that needed Spark would drag a "
                    + "cluster engine into every caller, the marketcast jar included");

    @ArchTest
    static final ArchRule spark_uses_no_internals = noClasses()
            .that().resideInAPackage("io.marketcast.spark..")
            .should().dependOnClassesThat().resideInAPackage("io.marketcast.forecast.internal..")
            .because("io.marketcast.forecast.internal is not API: spark calls the library as any caller does");
}
