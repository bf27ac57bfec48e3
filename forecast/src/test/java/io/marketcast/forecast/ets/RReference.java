package io.marketcast.forecast.ets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One row of {@code ets/r_reference.csv}, written by {@code bench/compare/ets_reference.R}. */
record RReference(String series, int frequency, String kind, String model, double logLik, double aic, double aicc,
        double bic, double sigma2, double alpha, double beta, double gamma, double phi, double[] initState,
        double[] finalState, double[] mean, double[] lo80, double[] hi80, double[] lo95, double[] hi95) {

    static List<RReference> load() {
        List<RReference> out = new ArrayList<>();
        try (InputStream in = RReference.class.getResourceAsStream("/ets/r_reference.csv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.replace("\"", "").split(",", -1);
                out.add(new RReference(f[0], Integer.parseInt(f[1]), f[2], f[3], num(f[4]), num(f[5]), num(f[6]),
                        num(f[7]), num(f[8]), num(f[9]), num(f[10]), num(f[11]), num(f[12]), vec(f[13]),
                        vec(f[14]), vec(f[15]), vec(f[16]), vec(f[17]), vec(f[18]), vec(f[19])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static double num(String s) {
        return s.equals("NA") ? Double.NaN : Double.parseDouble(s);
    }

    private static double[] vec(String s) {
        return Arrays.stream(s.split(";")).mapToDouble(RReference::num).toArray();
    }

    @Override
    public String toString() {
        return series + " " + kind + " " + model;
    }
}
