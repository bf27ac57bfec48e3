package io.marketcast.forecast.profit;

import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.model.Quarter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The margin model(s) fitted to a unit's history with one {@link MarginMethod}: the members that simulate the paths
 * (one, or two with equal weight for {@link MarginMethod#MIX}), the other fits for comparison, and warnings a user
 * must see — a thin fit (AICc undefined, σ on few degrees of freedom: the paths draw σ from its χ², which widens
 * them), a damping not estimated, quarters between the last income figure and the as-of quarter that the model
 * bridges.
 *
 * @param method   the method
 * @param members  the models that simulate paths, equal weights
 * @param others   other fits, for comparison (not simulated)
 * @param warnings what a user must see beside the answer; empty when none
 */
public record MarginFit(MarginMethod method, List<ProfitModel> members, List<ProfitModel> others,
        List<String> warnings) {

    public MarginFit {
        Objects.requireNonNull(method, "method");
        members = List.copyOf(members);
        others = List.copyOf(others);
        warnings = List.copyOf(warnings);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a margin fit needs at least one member");
        }
    }

    /**
     * The warnings in a few words each, for a table cell: {@code thin fit (n=4)}, {@code bridges 2020Q2}; empty when
     * there are none.
     */
    public List<String> flags() {
        List<String> out = new ArrayList<>();
        members.stream().filter(m -> m.n() < m.estimated() + 4).mapToInt(ProfitModel::n).min()
                .ifPresent(n -> out.add("thin fit (n=" + n + ")"));
        warnings.stream().filter(w -> w.startsWith("no income figure known for "))
                .map(w -> "bridges " + w.substring("no income figure known for ".length(), w.indexOf(" as of ")))
                .forEach(out::add);
        return out;
    }

    /** Members first, then the others. */
    public List<ProfitModel> models() {
        List<ProfitModel> out = new ArrayList<>(members);
        out.addAll(others);
        return out;
    }

    /**
     * Fits {@code method} to {@code h}.
     *
     * @throws InsufficientDataException naming the unit, the as-of quarter, the observations and the minimum, when
     *                                   there are too few observations for the method
     */
    public static MarginFit fit(ProfitHistory h, MarginMethod method) {
        List<ProfitObservation> obs = h.observations();
        int min = ProfitModel.minimumObservations(2);
        if (obs.size() < min) {
            throw new InsufficientDataException("too few margin observations of " + h.slug() + " as of "
                    + h.asOf() + ": " + obs.size() + (obs.isEmpty() ? "" : " ("
                    + String.join(", ", obs.stream().map(ProfitObservation::label).toList()) + ")") + ", at least "
                    + min + " needed (a margin model has 2 parameters, and σ needs 2 degrees of freedom)");
        }
        List<ProfitModel> scale = ProfitModel.fitAll(obs);
        ProfitModel trend = ProfitModel.trend(obs, h.asOf().quarter());
        List<ProfitModel> members = new ArrayList<>();
        List<ProfitModel> others = new ArrayList<>();
        switch (method) {
            case SCALE -> {
                members.add(scale.get(0));
                others.addAll(scale.subList(1, scale.size()));
                others.add(trend);
            }
            case SCALE_CURVE -> {
                members.add(scale.get(0).unanchored());
                others.addAll(scale.subList(1, scale.size()).stream().map(ProfitModel::unanchored).toList());
            }
            case TREND -> {
                members.add(trend);
                others.addAll(scale);
            }
            case MIX -> {
                members.add(scale.get(0));
                members.add(trend);
                others.addAll(scale.subList(1, scale.size()));
            }
            default -> throw new IllegalStateException(method.toString());
        }
        List<String> warnings = new ArrayList<>();
        for (ProfitModel m : members) {
            int k = m.estimated();
            if (m.n() < k + 4) {
                warnings.add("thin fit: " + m.description() + " on " + m.n() + " observations for " + k
                        + " parameters" + (m.aiccDefined() ? "" : " (AICc undefined)") + "; σ has "
                        + m.degreesOfFreedom() + " degrees of freedom and each path draws it from its χ², so the"
                        + " margins are Student-t with " + m.degreesOfFreedom() + " d.o.f. — wide on purpose");
            }
            if (m.form() == ProfitModel.Form.DAMPED_TREND && m.n() < ProfitModel.MIN_FOR_DAMPING) {
                warnings.add("damping not estimated: fewer than " + ProfitModel.MIN_FOR_DAMPING
                        + " observations, so the margin trend is linear (φ = 1)");
            }
        }
        List<Quarter> gap = h.bridged();
        if (!gap.isEmpty()) {
            warnings.add("no income figure known for " + gap.get(0) + (gap.size() > 1 ? ".." + gap.get(gap.size() - 1)
                    : "") + " as of " + h.asOf() + " (last: " + h.lastObserved() + "): the model bridges "
                    + (gap.size() == 1 ? "that quarter" : "those " + gap.size() + " quarters")
                    + "; first-profit probabilities start after " + h.asOf());
        }
        return new MarginFit(method, members, others, warnings);
    }
}
