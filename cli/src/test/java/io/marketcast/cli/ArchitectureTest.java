package io.marketcast.cli;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.callMethodWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.MethodCallTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.FileOutputStream;
import java.io.FileWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The architecture rules of model, forecast and cli (docs/architecture.md), checked on the compiled main classes of
 * the three modules. The rules that involve bench are in bench's {@code ArchitectureTest}, whose classpath has it.
 *
 * <p>Each rule says in its {@code because} what it protects, so a failure reads as an explanation.
 */
@AnalyzeClasses(packages = "io.marketcast", importOptions = {ImportOption.DoNotIncludeTests.class,
        ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    static final String MODEL = "io.marketcast.model..";
    static final String FORECAST = "io.marketcast.forecast..";
    static final String CLI = "io.marketcast.cli..";
    static final String INTERNAL = "io.marketcast.forecast.internal..";

    // ---- 1. no upward arrows: model <- forecast <- cli ------------------------------------------------------------

    @ArchTest
    static final ArchRule model_depends_on_no_other_module = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(FORECAST, CLI)
            .because("model is the bottom layer (quarters, series, datasets): forecast and cli build on it, "
                    + "so an arrow from model up to them would be a cycle between modules");

    @ArchTest
    static final ArchRule forecast_does_not_depend_on_cli = noClasses()
            .that().resideInAPackage(FORECAST)
            .should().dependOnClassesThat().resideInAPackage(CLI)
            .because("forecast is a library that any Java program can call; the command line is one of its "
                    + "users and sits above it");

    // ---- 2. no package cycles inside forecast and inside cli ------------------------------------------------------

    @ArchTest
    static final ArchRule forecast_packages_are_free_of_cycles = slices()
            .assignedFrom(rootAndSubPackagesOf("io.marketcast.forecast"))
            .should().beFreeOfCycles()
            .because("each package of the library is one concept (growth, sim, share, ...); a cycle would make "
                    + "two of them one tangle. The root package (Method, Fitted, Forecast) is a slice of its own, "
                    + "so it must not reach down into the packages that implement it");

    /** The commands (root package) use chart, report, scenario, json and text; none of those uses them back. */
    @ArchTest
    static final ArchRule cli_packages_are_free_of_cycles = slices()
            .assignedFrom(rootAndSubPackagesOf("io.marketcast.cli"))
            .should().beFreeOfCycles()
            .because("commands sit in the root package and use chart, report, scenario, json and text; those must "
                    + "not use the commands back");

    // ---- 3. forecast.internal is not API ------------------------------------------------------------------------

    @ArchTest
    static final ArchRule internal_is_used_only_inside_forecast = noClasses()
            .that().resideOutsideOfPackage(FORECAST)
            .should().dependOnClassesThat().resideInAPackage(INTERNAL)
            .because("io.marketcast.forecast.internal holds helpers of the library (argument checks, the Gaussian "
                    + "fit template, the 1-D minimiser, seasonality, the quantile sketch); they may change at any "
                    + "time. cli and model must use the public packages. (bench may use internal to benchmark "
                    + "it: bench's ArchitectureTest states that exception.)");

    @ArchTest
    static final ArchRule internal_types_stay_out_of_public_signatures = codeUnits()
            .that().areDeclaredInClassesThat().resideInAPackage(FORECAST)
            .and().areDeclaredInClassesThat().resideOutsideOfPackage(INTERNAL)
            .and().areDeclaredInClassesThat().arePublic()
            .and().arePublic()
            .should(notMentionTypesIn(INTERNAL))
            .because("a public method that takes, returns or throws an internal type makes that type part of the "
                    + "API after all; return the public interface instead (e.g. Fitted, not GaussianFit)");

    // ---- 4. the libraries do not print, exit or write files -----------------------------------------------------

    @ArchTest
    static final ArchRule libraries_do_not_print = noClasses()
            .that().resideInAnyPackage(MODEL, FORECAST)
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould(callMethodWhere(calledMethodOf(Throwable.class, "printStackTrace"))
                    .as("call printStackTrace"))
            .because("model and forecast are libraries: they report through return values and exceptions, and "
                    + "the caller (the cli, a notebook, a server) decides what to print and where");

    @ArchTest
    static final ArchRule libraries_do_not_exit = noClasses()
            .that().resideInAnyPackage(MODEL, FORECAST)
            .should(exitTheJvm())
            .because("a library must never end its caller's process; throw an exception instead");

    @ArchTest
    static final ArchRule libraries_write_no_files = noClasses()
            .that().resideInAnyPackage(MODEL, FORECAST)
            .should().dependOnClassesThat().areAssignableTo(FileOutputStream.class)
            .orShould().dependOnClassesThat().areAssignableTo(FileWriter.class)
            .orShould(callMethodWhere(calledMethodOf(Files.class, "write", "writeString", "newOutputStream",
                    "newBufferedWriter")).as("call Files.write, writeString, newOutputStream or newBufferedWriter"))
            .because("model and forecast read only the files a caller names (Dataset.load, Dataset.withSegmentsFrom, "
                    + "CompetitionData.from) and write none (Dataset.export returns texts): the cli decides what is "
                    + "written where");

    // ---- 5. in cli, only Main exits ------------------------------------------------------------------------------

    @ArchTest
    static final ArchRule only_main_exits = noClasses()
            .that().resideInAPackage(CLI)
            .and().doNotHaveFullyQualifiedName(Main.class.getName())
            .should(exitTheJvm())
            .because("commands return exit codes (Callable<Integer>) so that tests can run them in-process; "
                    + "Main.main is the one place that turns the code into System.exit");

    // ---- helpers ------------------------------------------------------------------------------------------------

    /**
     * One slice for the root package itself and one for each direct sub-package (with everything below it). The
     * usual {@code "root.(*).."} pattern would leave the root package's classes out of every slice, and with them
     * every cycle through the root.
     */
    static SliceAssignment rootAndSubPackagesOf(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String p = javaClass.getPackageName();
                if (p.equals(root)) {
                    return SliceIdentifier.of(root + " (root package)");
                }
                if (p.startsWith(root + ".")) {
                    String rest = p.substring(root.length() + 1);
                    int dot = rest.indexOf('.');
                    return SliceIdentifier.of(root + "." + (dot < 0 ? rest : rest.substring(0, dot)));
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the root package " + root + " and each of its sub-packages";
            }
        };
    }

    static DescribedPredicate<JavaClass> named(String fullyQualifiedName) {
        return DescribedPredicate.describe(fullyQualifiedName, c -> c.getName().equals(fullyQualifiedName));
    }

    /** A call of any overload of a method of {@code owner} (or of a subclass) whose name is one of {@code names}. */
    static DescribedPredicate<JavaMethodCall> calledMethodOf(Class<?> owner, String... names) {
        List<String> wanted = List.of(names);
        return DescribedPredicate.describe(owner.getSimpleName() + "." + String.join("/", wanted),
                call -> call.getTarget().getOwner().isAssignableTo(owner)
                        && wanted.contains(call.getTarget().getName()));
    }

    /** Calls {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt}. */
    static ArchCondition<JavaClass> exitTheJvm() {
        return callMethodWhere(DescribedPredicate.<JavaMethodCall>describe("System.exit, Runtime.exit or Runtime.halt",
                call -> {
                    MethodCallTarget t = call.getTarget();
                    return (t.getOwner().isEquivalentTo(System.class) && t.getName().equals("exit"))
                            || (t.getOwner().isEquivalentTo(Runtime.class)
                                    && (t.getName().equals("exit") || t.getName().equals("halt")));
                })).as("exit the JVM (System.exit, Runtime.exit or Runtime.halt)");
    }

    /** No parameter, return or declared exception type of the method/constructor resides in {@code pkg}. */
    static ArchCondition<JavaCodeUnit> notMentionTypesIn(String pkg) {
        DescribedPredicate<JavaClass> inPkg = resideInAPackage(pkg);
        return new ArchCondition<>("not take, return or throw types of " + pkg) {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                if (unit.getModifiers().contains(JavaModifier.SYNTHETIC)
                        || unit.getModifiers().contains(JavaModifier.BRIDGE)) {
                    return;
                }
                List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
                types.add(unit.getRawReturnType());
                types.addAll(unit.getExceptionTypes());
                for (JavaClass t : types) {
                    JavaClass base = t.isArray() ? t.getBaseComponentType() : t;
                    if (inPkg.test(base)) {
                        events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " mentions "
                                + base.getName() + " in its signature " + unit.getSourceCodeLocation()));
                    }
                }
            }
        };
    }

    /** Test classes that other modules share as a test-jar (e.g. forecast's tests) are not main code either. */
    public static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
