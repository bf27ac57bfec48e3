package io.marketcast.forecast.growth;

import io.marketcast.forecast.InsufficientDataException;
import java.util.Comparator;
import java.util.List;

/**
 * The outcome of {@code auto}: every curve fitted, usable fits ranked by AICc (best first), unusable fits with
 * their diagnostics, and the curves the data could not support with the reason.
 */
public record GrowthSelection(List<GrowthFit> ranked, List<GrowthFit> unusable, List<String> skipped) {

    public GrowthSelection {
        ranked = List.copyOf(ranked);
        unusable = List.copyOf(unusable);
        skipped = List.copyOf(skipped);
    }

    GrowthSelection(List<GrowthFit> fits, List<String> skipped) {
        this(fits.stream().filter(GrowthFit::usable).sorted(Comparator.comparingDouble(GrowthFit::aicc)).toList(),
                fits.stream().filter(f -> !f.usable()).toList(), skipped);
    }

    /**
     * The fit with the smallest AICc.
     *
     * @throws InsufficientDataException when no curve gave a usable fit, with the reasons
     */
    public GrowthFit best() {
        if (ranked.isEmpty()) {
            StringBuilder why = new StringBuilder("no growth curve gave a usable fit");
            unusable.forEach(f -> why.append("; ").append(f.curve().name()).append(": ")
                    .append(f.diagnostics().get(0).message()));
            skipped.forEach(s -> why.append("; ").append(s));
            throw new InsufficientDataException(why.toString());
        }
        return ranked.get(0);
    }

    /** AICc of a fit minus the best AICc (0 for the best). */
    public double deltaAicc(GrowthFit f) {
        return f.aicc() - best().aicc();
    }
}
