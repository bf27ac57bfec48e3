package io.marketcast.bench.forecast;

import io.marketcast.forecast.eval.CompetitionResult;
import io.marketcast.forecast.eval.CompetitionRunner;
import io.marketcast.forecast.eval.CompetitionSpec;
import io.marketcast.forecast.eval.Selection;
import io.marketcast.forecast.registry.MethodRegistry;
import io.marketcast.forecast.registry.Methods;
import io.marketcast.model.CompetitionData;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The procedure that chooses {@code auto} from training data alone (docs/methods.md, "Choosing auto"): every M3
 * series' last h training values are the validation hold-out ({@link CompetitionData#withinTraining()}); every
 * candidate (by default {@link Selection#defaultCandidates}: the registry's ets, theta, dotm, and arima and ces where
 * registered, with the means and medians of every subset) is scored there; the best by mean sMAPE over all
 * validation series is chosen. Then, once, the chosen method is scored on the M3 test periods. Not a JMH benchmark:
 * a command-line procedure kept so that the choice can be re-run.
 *
 * <pre>
 * ./mvnw -B -q -o package -DskipTests
 * java -cp bench/target/benchmarks.jar io.marketcast.bench.forecast.SelectAuto [--threads N] [--candidates a,b,...]
 *     [--dataset M3_DIR]
 * </pre>
 */
public final class SelectAuto {

    private SelectAuto() {
    }

    public static void main(String[] args) {
        int threads = Runtime.getRuntime().availableProcessors();
        List<String> candidates = null;
        CompetitionData data = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--candidates" -> candidates = Arrays.stream(args[++i].split(",")).map(String::strip).toList();
                case "--dataset" -> data = CompetitionData.from(Path.of(args[++i]));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: SelectAuto [--threads N] [--candidates a,b,...] [--dataset DIR]");
            }
        }
        MethodRegistry registry = Methods.registry();
        CompetitionData m3 = data == null ? CompetitionData.embeddedM3() : data;
        List<String> cs = candidates == null ? Selection.defaultCandidates(registry) : candidates;
        CompetitionData validation = m3.withinTraining();
        System.out.printf(Locale.ROOT, "Validation: %s, %d series; %d candidates; %d thread(s)%n",
                validation.origin(), validation.series().size(), cs.size(), threads);
        long t0 = System.nanoTime();
        Selection.Result r = Selection.run(cs, registry, validation, threads);
        System.out.printf(Locale.ROOT, "Scored in %.1f s.%n%n", (System.nanoTime() - t0) / 1e9);
        List<String> periods = r.rows().stream().map(Selection.Row::period).distinct().toList();
        System.out.printf("%-4s %-34s", "rank", "candidate (validation sMAPE)");
        periods.forEach(p -> System.out.printf(" %9s", p.toLowerCase(Locale.ROOT)));
        System.out.printf(" %8s %6s%n", "MASE all", "failed");
        int rank = 1;
        for (Selection.Row a : r.ranking()) {
            System.out.printf(Locale.ROOT, "%-4d %-34s", rank++, a.candidate());
            for (String p : periods) {
                Selection.Row row = r.rows().stream().filter(x -> x.candidate().equals(a.candidate())
                        && x.period().equals(p)).findFirst().orElseThrow();
                System.out.printf(Locale.ROOT, " %9.3f", row.smape());
            }
            System.out.printf(Locale.ROOT, " %8.4f %6d%n", a.mase(), a.failures());
        }
        String chosen = r.chosen();
        System.out.println();
        System.out.println("Chosen on validation: " + chosen);
        System.out.println("Scored once on the M3 test periods (sMAPE, MASE; coverage of the 80%/95% intervals, "
                + "MSIS95):");
        CompetitionResult test = CompetitionRunner.run(new CompetitionSpec(List.of(registry.get(chosen)),
                List.of(), threads), m3);
        for (CompetitionResult.Row row : test.rows()) {
            System.out.printf(Locale.ROOT, "  %-10s sMAPE %7.3f  MASE %6.4f  cover80 %.3f  cover95 %.3f  MSIS %7.3f"
                    + "  series %d  failed %d%n", row.period(), row.smape(), row.mase(), row.coverage80(),
                    row.coverage95(), row.msis(), row.series(), row.failures());
        }
    }
}
