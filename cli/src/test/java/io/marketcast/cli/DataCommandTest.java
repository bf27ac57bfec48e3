package io.marketcast.cli;

import io.marketcast.cli.json.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandTest {

    @TempDir
    Path dir;

    @Test
    void listShowsEverySeriesWithSlugSpanAndProvenance() {
        CliRun r = CliRun.of("data", "list");
        assertEquals(0, r.code(), r.err());
        for (String slug : new String[] {"aws", "azure", "google-cloud", "alibaba-cloud", "microsoft-intelligent-cloud",
            "market-synergy"}) {
            assertTrue(r.out().contains(slug), slug);
        }
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("aws ") && l.contains("2014Q1..2025Q4")));
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("azure ") && l.contains(" 41 ")), "41 estimates");
    }

    @Test
    void alibabaAsOf2020Q3InUsdEndsAtAbout2Point2Billion() throws Exception {
        CliRun r = CliRun.of("data", "show", "alibaba-cloud", "--as-of", "2020Q3", "--usd", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertEquals("alibaba-cloud", j.get("series").asText());
        assertEquals("USD", j.get("currency").asText());
        assertEquals("millions", j.get("unit").asText());
        JsonNode last = j.get("points").get(j.get("points").size() - 1);
        assertEquals("2020Q3", last.get("quarter").asText());
        assertEquals(2200, last.get("value").asDouble(), 100);
        assertEquals("reported", last.get("status").asText());
        assertTrue(j.get("conversion").asText().contains("CNY"));
    }

    @Test
    void estimatesAreMarkedInOutput() throws Exception {
        CliRun r = CliRun.of("data", "show", "azure", "--format", "json");
        JsonNode pts = Json.MAPPER.readTree(r.out()).get("points");
        pts.forEach(p -> assertEquals("estimate", p.get("status").asText()));
        CliRun csv = CliRun.of("data", "show", "azure", "--format", "csv");
        assertTrue(csv.out().startsWith("quarter,value,status,definition,source"));
    }

    @Test
    void unknownSeriesIsOneLineWithASuggestionAndExitCode2() {
        CliRun r = CliRun.of("data", "show", "alibaba-clod");
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("did you mean alibaba-cloud?"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void badQuarterIsAUsageError() {
        CliRun r = CliRun.of("data", "show", "aws", "--as-of", "2020Q5");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("marketcast: Invalid value for option '--as-of': '2020Q5' is not a quarter"),
                r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void badDataFileNamesFileAndLineWithoutAStackTrace() throws Exception {
        Path f = dir.resolve("mine.csv");
        Files.writeString(f, "company,segment,calendar_quarter,currency,revenue_millions\nA,B,2020Q1,USD,1\n"
                + "A,B,2020Q2,USD,abc\n");
        CliRun r = CliRun.of("data", "list", "--data", f.toString());
        assertEquals(2, r.code());
        assertEquals("marketcast: " + f + ":3: column 'revenue_millions': 'abc' is not a number",
                r.err().strip());
        assertEquals("", r.out(), "nothing printed for a rejected file");
        CliRun traced = CliRun.of("data", "list", "--data", f.toString(), "--stacktrace");
        assertTrue(traced.err().contains("at io.marketcast.model"), "trace only with --stacktrace");
    }

    @Test
    void helpAndVersion() {
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("data"));
        CliRun v = CliRun.of("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("marketcast 0."), v.out());
        assertEquals(0, CliRun.of("data", "show", "--help").code());
    }
}
