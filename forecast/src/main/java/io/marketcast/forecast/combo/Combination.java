package io.marketcast.forecast.combo;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.Forecaster;
import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.baseline.Histories;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The mean or median of the forecasts of {@code members} (see the package documentation).
 *
 * @param name     the name it is known by, e.g. {@code auto} or {@code median:ses+theta+dotm}
 * @param operator how the members are combined
 * @param members  the member methods, at least one
 */
public record Combination(String name, Operator operator, List<Forecaster> members) implements Forecaster {

    /** How members are combined at each step. */
    public enum Operator {
        MEAN, MEDIAN;

        /** The combination of {@code v[0..count-1]} (reorders {@code v}). */
        double apply(double[] v, int count) {
            if (this == MEAN) {
                double s = 0;
                for (int i = 0; i < count; i++) {
                    s += v[i];
                }
                return s / count;
            }
            Arrays.sort(v, 0, count);
            int mid = count / 2;
            return count % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
        }

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Combination {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(operator, "operator");
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a combination needs at least one member");
        }
    }

    /** A combination named after its operator and members, e.g. {@code median:ses+theta+dotm}. */
    public static Combination of(Operator operator, List<Forecaster> members) {
        return new Combination(operator.label() + ":" + members.stream().map(Forecaster::name)
                .collect(Collectors.joining("+")), operator, members);
    }

    /** A copy under another name (e.g. {@code auto}). */
    public Combination named(String newName) {
        return new Combination(newName, operator, members);
    }

    @Override
    public Forecast forecast(double[] history, int frequency, int horizon, double... levels) {
        double[] lv = Histories.check(name, history, frequency, horizon, 1, levels);
        List<Forecast> fs = new ArrayList<>(members.size());
        List<String> refused = new ArrayList<>();
        for (Forecaster m : members) {
            try {
                fs.add(m.forecast(history, frequency, horizon, lv));
            } catch (InsufficientDataException e) {
                refused.add(e.getMessage());
            }
        }
        if (fs.isEmpty()) {
            throw new InsufficientDataException(name + ": no member can forecast this history: "
                    + String.join("; ", refused));
        }
        double[] buf = new double[fs.size()];
        double[] mean = new double[horizon];
        double[][] lower = new double[lv.length][horizon];
        double[][] upper = new double[lv.length][horizon];
        List<double[]> means = fs.stream().map(Forecast::mean).toList();
        for (int h = 0; h < horizon; h++) {
            for (int i = 0; i < fs.size(); i++) {
                buf[i] = means.get(i)[h];
            }
            mean[h] = operator.apply(buf, fs.size());
        }
        for (int k = 0; k < lv.length; k++) {
            List<double[]> lo = new ArrayList<>();
            List<double[]> hi = new ArrayList<>();
            for (Forecast f : fs) {
                lo.add(f.lower(lv[k]));
                hi.add(f.upper(lv[k]));
            }
            for (int h = 0; h < horizon; h++) {
                for (int i = 0; i < fs.size(); i++) {
                    buf[i] = lo.get(i)[h];
                }
                lower[k][h] = operator.apply(buf, fs.size());
                for (int i = 0; i < fs.size(); i++) {
                    buf[i] = hi.get(i)[h];
                }
                upper[k][h] = operator.apply(buf, fs.size());
            }
        }
        return new Forecast(name, mean, lv, lower, upper);
    }
}
