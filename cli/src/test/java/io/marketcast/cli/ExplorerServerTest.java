package io.marketcast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marketcast.cli.explorer.Explorer;
import io.marketcast.cli.explorer.ExplorerServer;
import io.marketcast.cli.scenario.RunReport;
import io.marketcast.cli.scenario.ScenarioException;
import io.marketcast.cli.scenario.ScenarioReader;
import io.marketcast.forecast.registry.Methods;
import io.marketcast.forecast.scenario.Scenario;
import io.marketcast.model.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The explorer's server over plain HTTP: edits validated by the scenario reader with its messages (400, never 500),
 * the limits, a foreign Host header refused, and a saved scenario that {@code marketcast run} reproduces exactly.
 */
class ExplorerServerTest {

    static final int PATHS = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ExplorerServer server;

    /** The explorer on the seed scenario at {@value #PATHS} paths, on a free port of 127.0.0.1. */
    static ExplorerServer startSeed() throws IOException {
        Dataset data = Dataset.embedded();
        Scenario sc = ScenarioReader.read("seed-2020q3.yaml", RunCommand.shipped("seed-2020q3"), data).toBuilder()
                .paths(PATHS).build();
        Explorer explorer = new Explorer(data, Methods.registry(), 2, RunReport.resolvedYaml(sc), "seed-2020q3.yaml");
        return ExplorerServer.start(explorer, data, Methods.registry(), "127.0.0.1", 0);
    }

    @BeforeAll
    static void start() throws IOException {
        server = startSeed();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static ObjectNode state() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/state")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        return (ObjectNode) JSON.readTree(r.body()).get("scenario");
    }

    static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String edited(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode s = state();
        edit.accept(s);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(s);
    }

    static ObjectNode shock(ObjectNode s, String target, Object value) {
        ArrayNode shocks = (ArrayNode) s.get("shocks");
        ObjectNode k = shocks.addObject().put("target", target).put("from", "2021Q1").put("to", "2021Q4")
                .put("kind", "growth_multiplier");
        if (value instanceof Number n) {
            k.put("value", n.doubleValue());
        } else {
            k.put("value", String.valueOf(value));
        }
        return k;
    }

    /** A bad edit: a 400 whose message is the scenario reader's own for the same text. */
    private static String rejected(String body) throws Exception {
        HttpResponse<String> r = post("api/run", body);
        assertEquals(400, r.statusCode(), r.body());
        JsonNode j = JSON.readTree(r.body());
        assertEquals(false, j.get("ok").asBoolean());
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioReader.read(Explorer.SOURCE, body, Dataset.embedded()));
        assertEquals(e.getMessage(), j.get("message").asText());
        return j.get("message").asText();
    }

    @Test
    void badInputsGetTheScenarioReadersMessagesAndNeverAServerError() throws Exception {
        String nonNumeric = rejected(edited(s -> shock(s, "alibaba-cloud", "half")));
        assertTrue(nonNumeric.startsWith("page:") && nonNumeric.contains("shocks[0].value"), nonNumeric);
        String window = rejected(edited(s -> ((ObjectNode) s.get("series").get(0)).put("window", 1)));
        assertTrue(window.contains("window") && window.contains("3..200"), window);
        String unknown = rejected(edited(s -> ((ArrayNode) s.get("series")).addObject().put("id", "no-such-cloud")));
        assertTrue(unknown.contains("series[4].id") && unknown.contains("no-such-cloud"), unknown);
        String target = rejected(edited(s -> shock(s, "no-such-cloud", 0.5)));
        assertTrue(target.contains("shocks[0].target"), target);
        String seed = rejected(edited(s -> s.put("seed", "tomorrow")));
        assertTrue(seed.contains("seed"), seed);

        HttpResponse<String> many = post("api/run", edited(s -> s.put("paths", Explorer.MAX_PATHS + 1)));
        assertEquals(400, many.statusCode());
        assertTrue(JSON.readTree(many.body()).get("message").asText().contains("at most 200,000"), many.body());
        HttpResponse<String> broken = post("api/run", "{\"name\": ");
        assertEquals(400, broken.statusCode(), broken.body());
        assertTrue(JSON.readTree(broken.body()).get("message").asText().startsWith("page:"), broken.body());
        HttpResponse<String> save = post("api/save", edited(s -> shock(s, "alibaba-cloud", "half")));
        assertEquals(400, save.statusCode(), "an invalid scenario is not saved");
    }

    @Test
    void limitsAndOriginsAreEnforced() throws Exception {
        HttpResponse<String> big = post("api/run", "x".repeat(ExplorerServer.MAX_BODY + 1));
        assertEquals(413, big.statusCode());
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/run"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, form.statusCode(), "a cross-site form post (text/plain) is refused");
        HttpResponse<String> other = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/run"))
                .header("Content-Type", "application/json").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(edited(s -> { }))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, other.statusCode());
        HttpResponse<String> file = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "../pom.xml"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, file.statusCode(), "only its own resources");
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(server.url())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<script src=\"explorer.js\">") && !page.body().contains("http"),
                "the page loads nothing from elsewhere");
    }

    /** A raw request, so that the Host header can be anything (HttpClient will not send a foreign one). */
    private static String raw(String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream o = s.getOutputStream();
            o.write(("GET /api/state HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            o.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aForeignHostHeaderIsRefused() throws Exception {
        String rebound = raw("attacker.example:" + server.port());
        assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
        assertTrue(rebound.contains("refused") && !rebound.contains("\"scenario\""), rebound);
        assertTrue(raw("127.0.0.1:" + server.port() + 1).startsWith("HTTP/1.1 403"), "another port is foreign");
        assertTrue(raw("127.0.0.1:" + server.port()).startsWith("HTTP/1.1 200"));
        assertTrue(raw("localhost:" + server.port()).startsWith("HTTP/1.1 200"));
    }

    @Test
    void aSavedScenarioRunsToThePagesNumbers(@TempDir Path dir) throws Exception {
        String body = edited(s -> shock(s, "alibaba-cloud", 0.5));
        HttpResponse<String> r = post("api/run", body);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode j = JSON.readTree(r.body());
        assertTrue(j.get("html").asText().contains("Against the baseline"));
        String pageQuantiles = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + j.get("quantiles").asText()))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> unshocked = post("api/run", edited(s -> { }));
        String baseQuantiles = HTTP.send(HttpRequest.newBuilder(URI.create(server.url()
                + JSON.readTree(unshocked.body()).get("quantiles").asText())).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertNotEquals(baseQuantiles, pageQuantiles, "the shock moves the numbers");
        assertEquals(0, JSON.readTree(unshocked.body()).get("fitsFitted").asInt(), "a shock change refits nothing");

        HttpResponse<String> saved = post("api/save", body);
        assertEquals(200, saved.statusCode());
        assertTrue(saved.headers().firstValue("Content-Disposition").orElse("").contains("seed-2020q3.yaml"));
        Path file = dir.resolve("saved.yaml");
        Files.writeString(file, saved.body());
        CliRun run = CliRun.of("run", file.toString(), "--out", dir.resolve("out").toString(), "--threads", "1");
        assertEquals(0, run.code(), run.err());
        assertEquals(pageQuantiles, Files.readString(dir.resolve("out/quantiles.csv")));
    }
}
