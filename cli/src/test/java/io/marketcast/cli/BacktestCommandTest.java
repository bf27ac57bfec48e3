package io.marketcast.cli;

import io.marketcast.cli.json.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketcast.model.Dataset;
import io.marketcast.model.Quarter;
import io.marketcast.model.Series;
import org.junit.jupiter.api.Test;

class BacktestCommandTest {

    @Test
    void awsFourQuartersAheadFromEveryQuarterSince2016() throws Exception {
        CliRun r = CliRun.of("backtest", "aws", "--methods", "naive,theta,auto", "--from", "2016Q1", "--format",
                "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertEquals("aws", j.get("series").asText());
        JsonNode results = j.get("results");
        assertEquals(3, results.size());
        Series aws = Dataset.embedded().revenue("aws");
        Quarter lastOrigin = aws.last().minus(4);
        int expectedOrigins = Quarter.of(2016, 1).until(lastOrigin) + 1;
        for (JsonNode m : results) {
            assertEquals(expectedOrigins, m.get("origins").asInt(), m.get("method").asText());
            assertEquals(0, m.get("failures").asInt());
            JsonNode first = m.get("forecasts").get(0);
            assertEquals("2016Q1", first.get("origin").asText());
            assertEquals("2016Q2", first.get("quarters").get(0).asText());
            assertEquals(4, first.get("forecast").size());
            // the actuals are the reported values of the quarters forecast
            assertEquals(aws.valueAt(Quarter.of(2016, 2)).orElseThrow(), first.get("actual").get(0).asDouble());
        }
        JsonNode naive = results.get(0).get("forecasts").get(0);
        // the naive forecast from 2016Q1 is the 2016Q1 value as known then
        double known = aws.asOf(Quarter.of(2016, 1)).valueAt(Quarter.of(2016, 1)).orElseThrow();
        assertEquals(known, naive.get("forecast").get(3).asDouble());
        assertTrue(results.get(1).get("smape").asDouble() < results.get(0).get("smape").asDouble(),
                "theta beats naive on a growing series");
    }

    @Test
    void asOfStopsActualsAndOriginsThere() throws Exception {
        CliRun r = CliRun.of("backtest", "aws", "--methods", "drift", "--as-of", "2020Q3", "--origins", "3",
                "--horizon", "2", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode f = Json.MAPPER.readTree(r.out()).get("results").get(0).get("forecasts");
        assertEquals(3, f.size());
        assertEquals("2020Q1", f.get(2).get("origin").asText());
        assertEquals("2020Q3", f.get(2).get("quarters").get(1).asText());
    }

    @Test
    void tableHasOneRowPerMethod() {
        CliRun r = CliRun.of("backtest", "google-cloud", "--methods", "naive,drift,median:ses+theta", "--origins",
                "6");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(6), 4 quarters ahead"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("median:ses+theta ")), r.out());
        CliRun csv = CliRun.of("backtest", "google-cloud", "--methods", "naive", "--format", "csv");
        assertTrue(csv.out().startsWith("method,origins,failed,sMAPE,MAPE,MASE,RMSSE,cover80,cover95,MSIS95\n"),
                csv.out());
    }

    @Test
    void badInputIsOneLineWithExitCode2() {
        BenchmarkCommandTest.assertOneLineError(CliRun.of("backtest", "aws", "--methods", "dotn"),
                "did you mean dotm?");
        BenchmarkCommandTest.assertOneLineError(CliRun.of("backtest", "awz", "--methods", "naive"),
                "did you mean aws?");
        BenchmarkCommandTest.assertOneLineError(CliRun.of("backtest", "aws", "--methods", "naive", "--horizon",
                "80"), "no origin with");
        BenchmarkCommandTest.assertOneLineError(CliRun.of("backtest", "aws", "--methods", "naive", "--from",
                "1990Q1"), "--from 1990Q1 is outside");
    }
}
