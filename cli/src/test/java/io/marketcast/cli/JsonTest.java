package io.marketcast.cli;

import io.marketcast.cli.json.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.marketcast.cli.json.BacktestReport;
import io.marketcast.cli.json.BenchmarkReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON rule every command relies on: a NaN or infinite double is written as null, never as "NaN". */
class JsonTest {

    /** Every way a double reaches the JSON: primitive, boxed, array, matrix, list and map values. */
    record Sample(double nan, Double inf, double finite, Double absent, double[] array, double[][] matrix,
            List<Double> list, Map<String, Double> map) {
    }

    private static String compact(Object value) throws Exception {
        return Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
    }

    @Test
    void nanAndInfinitiesAreNullWhereverTheySit() throws Exception {
        Sample s = new Sample(Double.NaN, Double.POSITIVE_INFINITY, 1.5, null,
                new double[] {1, Double.NaN, Double.NEGATIVE_INFINITY}, new double[][] {{Double.NaN, 0.25}},
                List.of(2.0, Double.NaN), Map.of("k", Double.NaN));
        assertEquals("{\"nan\":null,\"inf\":null,\"finite\":1.5,\"absent\":null,\"array\":[1.0,null,null],"
                + "\"matrix\":[[null,0.25]],\"list\":[2.0,null],\"map\":{\"k\":null}}", compact(s));
    }

    @Test
    void aReportRecordWithNaNScoresSerialisesThemAsNull() throws Exception {
        // MASE is undefined (NaN) for a series whose in-sample naive error is 0
        assertEquals("{\"method\":\"naive\",\"period\":\"YEARLY\",\"smape\":12.5,\"mase\":null,\"coverage80\":0.5,"
                + "\"coverage95\":0.75,\"msis\":null,\"series\":2,\"failures\":0}", compact(new BenchmarkReport.Row("naive",
                "YEARLY", 12.5, Double.NaN, 0.5, 0.75, Double.NaN, 2, 0)));
        BacktestReport.Scored o = new BacktestReport.Scored("2020Q1", List.of("2020Q2"), new double[] {10},
                new double[] {Double.NaN}, new double[] {Double.NEGATIVE_INFINITY},
                new double[] {Double.POSITIVE_INFINITY}, Double.NaN, Double.NaN);
        assertEquals("{\"origin\":\"2020Q1\",\"quarters\":[\"2020Q2\"],\"actual\":[10.0],\"forecast\":[null],"
                + "\"lower95\":[null],\"upper95\":[null],\"smape\":null,\"mase\":null}", compact(o));
    }

    @Test
    void finiteNumbersKeepFullDoublePrecision() throws Exception {
        assertEquals("[0.1,1.0E-300,-1.7976931348623157E308,17.87991234567891]",
                compact(new double[] {0.1, 1e-300, -Double.MAX_VALUE, 17.87991234567891}));
    }
}
