package io.marketcast.cli;

import io.marketcast.cli.json.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class AnalysisCommandsTest {

    @Test
    void profitJsonAsOf2020Q3() throws Exception {
        CliRun r = CliRun.of("profit", "alibaba-cloud", "--as-of", "2020Q3", "--horizon", "2025Q4", "--paths", "2000",
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertEquals("alibaba-cloud", j.get("series").asText());
        assertEquals("2020Q3", j.get("asOf").asText());
        assertTrue(j.get("profitableSince").isNull(), "a loss-making unit in 2020Q3");
        JsonNode cum = j.get("cumulative");
        assertEquals("2020Q4", cum.get(0).get("quarter").asText());
        assertEquals("2025Q4", cum.get(cum.size() - 1).get("quarter").asText());
        double prev = 0;
        for (JsonNode c : cum) {
            assertTrue(c.get("probability").asDouble() >= prev);
            prev = c.get("probability").asDouble();
        }
        assertTrue(j.get("median").isTextual());
        assertEquals(2, j.get("interval80").size());
        assertEquals("2020Q4", j.get("actualFirstProfitable").asText(), "what happened");
    }

    @Test
    void aProfitableUnitSaysSinceWhenAndHasNoFirstProfitableQuarter() throws Exception {
        CliRun r = CliRun.of("profit", "aws", "--as-of", "2020Q3", "--horizon", "8", "--paths", "1000",
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertEquals("2014Q1", j.get("profitableSince").asText());
        assertEquals("in", j.get("probabilityKind").asText(), "P(profitable in q), not a first-profit distribution");
        assertEquals(1.0, j.get("cumulative").get(0).get("probability").asDouble(), 0.0, "profitable on every path");
        assertTrue(j.get("median").isNull(), "no first profitable quarter for a unit already profitable");
        assertTrue(j.get("interval80").isNull());
        CliRun text = CliRun.of("profit", "aws", "--paths", "1000");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("yes, since 2014Q1"), text.out());
        assertTrue(text.out().contains("— (already profitable)"), text.out());
        assertTrue(text.out().contains("there is no first profitable quarter to forecast"), text.out());
        assertFalse(text.out().contains("P(profitable by)"), "no first-profit column: " + text.out());
    }

    @Test
    void marginPathsStartFromTheLastActual() throws Exception {
        // As of 2020Q3 Alibaba Cloud's last margin was -1.0% (2020Q3); the fitted scale curve alone put the median
        // 2020Q4 margin at -1.8%. Every anchored model starts within half a point of the last actual.
        for (String model : new String[] {"scale", "trend", "mix"}) {
            CliRun r = CliRun.of("profit", "alibaba-cloud", "--as-of", "2020Q3", "--paths", "4000",
                    "--margin-model", model);
            assertEquals(0, r.code(), r.err());
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                    "Last actual margin (-?[0-9.]+)% \\(2020Q3\\); simulated margin in 2020Q4: median (-?[0-9.]+)%")
                    .matcher(r.out());
            assertTrue(m.find(), r.out());
            assertEquals(-1.0, Double.parseDouble(m.group(1)), 0.05);
            assertEquals(-1.0, Double.parseDouble(m.group(2)), 0.5, model + ": " + m.group());
        }
        CliRun curve = CliRun.of("profit", "alibaba-cloud", "--as-of", "2020Q3", "--paths", "4000",
                "--margin-model", "scale-curve");
        java.util.regex.Matcher c = java.util.regex.Pattern.compile("simulated margin in 2020Q4: median (-?[0-9.]+)%")
                .matcher(curve.out());
        assertTrue(c.find(), curve.out());
        assertTrue(Double.parseDouble(c.group(1)) < -1.6, "the unanchored curve starts below: " + c.group());
    }

    @Test
    void thinFitsWarnAndTooFewObservationsAreRefused() throws Exception {
        CliRun thin = CliRun.of("profit", "alibaba-cloud", "--as-of", "2019Q4", "--paths", "1000");
        assertEquals(0, thin.code(), thin.err());
        assertTrue(thin.out().contains("Warning: thin fit: margin = a + b·ln(revenue) on 4 observations for 2"
                + " parameters (AICc undefined)"), thin.out());
        assertTrue(thin.out().contains("scale ⚠ thin fit (n=4)"), "the answer's row says so too: " + thin.out());
        CliRun json = CliRun.of("profit", "alibaba-cloud", "--as-of", "2019Q4", "--paths", "1000", "--format",
                "json");
        assertTrue(Json.MAPPER.readTree(json.out()).get("warnings").get(0).asText().startsWith("thin fit"));
        CliRun refused = CliRun.of("profit", "google-cloud", "--as-of", "2019Q4", "--paths", "1000");
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("too few margin observations of google-cloud as of 2019Q4: 3 (FY2018,"
                + " FY2019 less 2019Q4, 2019Q4), at least 4 needed"), refused.err());
        assertTrue(refused.out().isEmpty(), "nothing printed but the error");
    }

    @Test
    void crossoverJsonNamesLeaderAndChallenger() throws Exception {
        CliRun r = CliRun.of("crossover", "azure", "aws", "--paths", "1000", "--horizon", "2030Q4",
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertEquals("azure", j.get("challenger").asText());
        assertEquals("aws", j.get("leader").asText());
        assertEquals("azure", j.get("estimates").get(0).asText(), "the Azure estimate is labelled");
        JsonNode cum = j.get("cumulative");
        for (JsonNode c : cum) {
            assertTrue(c.get("probability").asDouble() >= c.get("probabilityAhead").asDouble() - 1e-12);
        }
    }

    @Test
    void shareCsvSumsTo100PerQuarter() {
        CliRun r = CliRun.of("share", "--paths", "1000", "--horizon", "8", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        java.util.Map<String, Double> sums = new java.util.TreeMap<>();
        r.out().lines().skip(1).forEach(l -> {
            String[] c = l.split(",");
            sums.merge(c[1], Double.parseDouble(c[2]), Double::sum);
        });
        assertEquals(8, sums.size(), "2026Q1..2027Q4: " + sums);
        sums.forEach((q, s) -> assertEquals(100, s, 1e-6, q));
    }

    @Test
    void analystBasisSharesSumTo100AndSayWhenDataAreShort() {
        CliRun r = CliRun.of("share", "--basis", "analyst", "--series", "aws,azure,google-cloud", "--paths", "1000",
                "--horizon", "8", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        java.util.Map<String, Double> sums = new java.util.TreeMap<>();
        r.out().lines().skip(1).forEach(l -> {
            String[] c = l.split(",");
            sums.merge(c[1], Double.parseDouble(c[2]), Double::sum);
        });
        assertEquals(8, sums.size(), sums.toString());
        sums.forEach((q, s) -> assertEquals(100, s, 1e-6, q));
        CliRun short2020 = CliRun.of("share", "--basis", "analyst", "--as-of", "2020Q3", "--paths", "100");
        assertEquals(2, short2020.code());
        assertTrue(short2020.err().contains("at least 3 quarters in which synergy published"), short2020.err());
        assertTrue(short2020.err().contains("use --basis revenue") && short2020.err().contains("--series")
                && !short2020.err().contains("market.basis"), "the CLI's words, not a YAML key: " + short2020.err());
        CliRun canalys = CliRun.of("share", "--source", "canalys", "--paths", "100");
        assertEquals(2, canalys.code());
        assertTrue(canalys.err().contains("marketcast data show market-canalys")
                && canalys.err().contains("--basis analyst --source canalys"), "says why and what to try: "
                + canalys.err());
        CliRun works = CliRun.of("share", "--basis", "analyst", "--source", "canalys", "--as-of", "2021Q1",
                "--series", "aws,azure,google-cloud", "--paths", "200");
        assertEquals(0, works.code(), "what the message suggests works: " + works.err());
    }

    @Test
    void badAnalysisInputIsAUsageError() {
        CliRun noIncome = CliRun.of("profit", "azure", "--paths", "100");
        assertEquals(2, noIncome.code());
        assertTrue(noIncome.err().contains("azure has no operating income"), noIncome.err());
        CliRun same = CliRun.of("crossover", "aws", "aws");
        assertEquals(2, same.code());
        CliRun unknown = CliRun.of("share", "--series", "aws,azur", "--paths", "100");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("did you mean azure?"), unknown.err());
    }
}
