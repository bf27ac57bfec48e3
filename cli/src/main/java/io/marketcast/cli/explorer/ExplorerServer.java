package io.marketcast.cli.explorer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.marketcast.cli.scenario.RunReport;
import io.marketcast.cli.scenario.ScenarioException;
import io.marketcast.forecast.registry.MethodRegistry;
import io.marketcast.forecast.scenario.Scenario;
import io.marketcast.forecast.scenario.ScenarioProblem;
import io.marketcast.forecast.sim.ShockKind;
import io.marketcast.model.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The explorer's HTTP server, on the JDK's own {@code com.sun.net.httpserver}: no dependency, and all the page needs
 * (a few GETs and two POSTs on one local connection).
 *
 * <p>What it answers: {@code GET /} (the page), {@code /explorer.js}, {@code /explorer.css} (shipped in the jar;
 * nothing else is read), {@code GET /api/state} (the scenario as JSON, with the choices the controls offer),
 * {@code POST /api/run} (an edited scenario as JSON → its results), {@code POST /api/save} (an edited scenario → the
 * scenario YAML, as a download), {@code GET /api/runs/N/quantiles.csv} and {@code GET /api/runs/N/charts/NAME.png}.
 *
 * <p>What it refuses: a Host header other than the bound address and port (or {@code localhost} on a loopback
 * address) — 403, against DNS rebinding; a POST from another origin or not of type JSON — 403/415; a body over
 * {@value #MAX_BODY} bytes — 413; more than {@link Explorer#MAX_PATHS} paths — 400. An invalid scenario is a 400 whose
 * body carries the scenario reader's message. It reads and writes no files.
 */
public final class ExplorerServer implements AutoCloseable {

    /** Largest request body accepted, in bytes. */
    public static final int MAX_BODY = 256 * 1024;

    /** Bytes of an oversized body read and dropped before the connection is closed. */
    private static final int DRAIN = 4 * 1024 * 1024;

    private static final Pattern RUN_FILE = Pattern.compile("/api/runs/(\\d{1,9})/(quantiles\\.csv|charts/([a-z0-9-]{1,80})\\.png)");
    private static final Map<String, String> RESOURCES = Map.of(
            "/", "explorer.html",
            "/explorer.js", "explorer.js",
            "/explorer.css", "explorer.css");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Explorer explorer;
    private final Dataset data;
    private final MethodRegistry registry;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Set<String> hosts;
    private final String origin;

    private ExplorerServer(Explorer explorer, Dataset data, MethodRegistry registry, HttpServer server,
            ExecutorService executor, Set<String> hosts, String origin) {
        this.explorer = explorer;
        this.data = data;
        this.registry = registry;
        this.server = server;
        this.executor = executor;
        this.hosts = hosts;
        this.origin = origin;
    }

    /**
     * Binds and starts the server.
     *
     * @param host address to listen on ({@code 127.0.0.1} unless the user says otherwise)
     * @param port port, or 0 for any free one
     * @throws IOException when the address cannot be bound
     */
    public static ExplorerServer start(Explorer explorer, Dataset data, MethodRegistry registry, String host,
            int port) throws IOException {
        InetAddress address = InetAddress.getByName(host);
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 16);
        int bound = server.getAddress().getPort();
        String hostPort = (host.contains(":") ? "[" + host + "]" : host) + ":" + bound;
        Set<String> hosts = address.isLoopbackAddress()
                ? Set.of(hostPort.toLowerCase(Locale.ROOT), "localhost:" + bound)
                : Set.of(hostPort.toLowerCase(Locale.ROOT));
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "marketcast-explorer");
            t.setDaemon(true);
            return t;
        });
        ExplorerServer s = new ExplorerServer(explorer, data, registry, server, executor, hosts,
                "http://" + hostPort);
        server.createContext("/", s::handle);
        server.setExecutor(executor);
        server.start();
        return s;
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8765/}. */
    public String url() {
        return origin + "/";
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            String host = x.getRequestHeaders().getFirst("Host");
            if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
                send(x, 403, "text/plain", "Host '" + host + "' refused: this explorer answers only to "
                        + String.join(" or ", hosts.stream().sorted().toList()));
                return;
            }
            String method = x.getRequestMethod();
            String path = x.getRequestURI().getPath();
            if (method.equals("GET") || method.equals("HEAD")) {
                get(x, path);
            } else if (method.equals("POST")) {
                post(x, path);
            } else {
                x.getResponseHeaders().set("Allow", "GET, HEAD, POST");
                send(x, 405, "text/plain", method + " is not allowed");
            }
        } catch (RuntimeException e) {
            // a bug, not a user's mistake: say so without internals
            send(x, 500, "text/plain", "internal error: " + e.getClass().getSimpleName());
        }
    }

    private void get(HttpExchange x, String path) throws IOException {
        String resource = RESOURCES.get(path);
        if (resource != null) {
            send(x, 200, type(resource), resource(resource));
            return;
        }
        if (path.equals("/api/state")) {
            Scenario sc = explorer.initial();
            Map<String, Object> options = new LinkedHashMap<>();
            options.put("series", data.slugs());
            options.put("methods", registry.names());
            options.put("kinds", Arrays.stream(ShockKind.values()).map(ShockKind::key).toList());
            options.put("maxPaths", Explorer.MAX_PATHS);
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("scenario", RunReport.resolved(sc));
            state.put("options", options);
            sendJson(x, 200, state);
            return;
        }
        Matcher m = RUN_FILE.matcher(path);
        if (m.matches()) {
            Explorer.Result r = explorer.result(Integer.parseInt(m.group(1)));
            if (r == null) {
                send(x, 404, "text/plain", "run " + m.group(1) + " is no longer kept (the explorer keeps the last "
                        + Explorer.KEPT + ")");
                return;
            }
            if (m.group(3) == null) {
                send(x, 200, "text/csv; charset=utf-8", r.quantilesCsv().getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] png = r.png(m.group(3));
            if (png == null) {
                send(x, 404, "text/plain", "run " + r.id() + " has no chart " + m.group(3));
                return;
            }
            x.getResponseHeaders().set("Cache-Control", "max-age=3600, immutable");
            send(x, 200, "image/png", png);
            return;
        }
        send(x, 404, "text/plain", "not found: " + path);
    }

    private void post(HttpExchange x, String path) throws IOException {
        String from = x.getRequestHeaders().getFirst("Origin");
        if (from != null && !from.equalsIgnoreCase(origin) && !from.equalsIgnoreCase("http://localhost:" + port())) {
            send(x, 403, "text/plain", "requests from " + from + " are refused");
            return;
        }
        String type = x.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            send(x, 415, "text/plain", "a scenario is posted as application/json");
            return;
        }
        if (!path.equals("/api/run") && !path.equals("/api/save")) {
            send(x, 404, "text/plain", "not found: " + path);
            return;
        }
        String text = body(x);
        if (text == null) {
            sendJson(x, 413, Map.of("ok", false, "message", "the scenario is larger than "
                    + MAX_BODY / 1024 + " KiB"));
            return;
        }
        try {
            if (path.equals("/api/save")) {
                Scenario sc = explorer.read(text);
                x.getResponseHeaders().set("Content-Disposition", "attachment; filename=\""
                        + sc.name().replaceAll("[^A-Za-z0-9._-]", "_") + ".yaml\"");
                send(x, 200, "application/yaml; charset=utf-8",
                        RunReport.resolvedYaml(sc).getBytes(StandardCharsets.UTF_8));
                return;
            }
            Explorer.Result r = explorer.run(text);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("ok", true);
            out.put("id", r.id());
            out.put("millis", r.millis());
            out.put("fitsReused", r.fitsReused());
            out.put("fitsFitted", r.fitsFitted());
            out.put("paths", r.run().scenario().paths());
            out.put("html", r.html(name -> "api/runs/" + r.id() + "/charts/" + name + ".png"));
            out.put("quantiles", "api/runs/" + r.id() + "/quantiles.csv");
            sendJson(x, 200, out);
        } catch (ScenarioException | ScenarioProblem e) {
            sendJson(x, 400, Map.of("ok", false, "message", e instanceof ScenarioProblem p
                    ? Explorer.SOURCE + ": " + p.key() + ": " + p.problem() : e.getMessage()));
        } catch (IllegalArgumentException e) {
            sendJson(x, 400, Map.of("ok", false, "message", String.valueOf(e.getMessage())));
        }
    }

    /**
     * The body as text, or null when it is larger than {@link #MAX_BODY}. An oversized body is read on and dropped,
     * up to {@value #DRAIN} bytes, so that the client receives the 413 rather than a broken connection.
     */
    private static String body(HttpExchange x) throws IOException {
        try (InputStream in = x.getRequestBody()) {
            byte[] b = in.readNBytes(MAX_BODY + 1);
            if (b.length <= MAX_BODY) {
                return new String(b, StandardCharsets.UTF_8);
            }
            long dropped = b.length;
            byte[] sink = new byte[8192];
            for (int n; dropped < DRAIN && (n = in.read(sink)) > 0; ) {
                dropped += n;
            }
            return null;
        }
    }

    private static String type(String resource) {
        return resource.endsWith(".html") ? "text/html; charset=utf-8"
                : resource.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ExplorerServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return in.readAllBytes();
        }
    }

    private static void sendJson(HttpExchange x, int status, Object value) throws IOException {
        try {
            send(x, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange x, int status, String type, String text) throws IOException {
        send(x, status, type + "; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        x.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
                + "style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'");
        boolean head = x.getRequestMethod().equals("HEAD");
        x.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream o = x.getResponseBody()) {
                o.write(body);
            }
        }
    }

    static List<String> resources() {
        return List.copyOf(RESOURCES.values());
    }
}
