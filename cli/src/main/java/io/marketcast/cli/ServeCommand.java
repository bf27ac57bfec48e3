package io.marketcast.cli;

import io.marketcast.cli.explorer.Explorer;
import io.marketcast.cli.explorer.ExplorerServer;
import io.marketcast.forecast.scenario.Scenario;
import io.marketcast.model.Dataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marketcast serve}: the scenario explorer, a page on a local web server. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Explore a scenario in the browser: change methods, windows, shocks, guidance, paths or seed and"
                + " see the answer, the charts and the baseline move.",
            "Starts a web server on 127.0.0.1 (this machine only) and prints the page's address. Each change is"
                + " checked by the same code as scenario files and re-simulated; fits are kept, so a change of shocks,"
                + " guidance, paths or seed only re-simulates. 'Save as scenario' downloads the scenario as YAML that"
                + " 'marketcast run' reproduces exactly. Reads only SCENARIO (and the --data files); writes nothing."
                + " Stop it with Ctrl-C.",
            "SCENARIO is a YAML file (docs/scenarios.md) or the name of a shipped one: "
                + "seed-2020q3 (default), latest, ai-boom, price-war."})
public final class ServeCommand implements Callable<Integer> {

    /** The port used when none is given. */
    public static final int DEFAULT_PORT = 8765;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file or shipped name (default: seed-2020q3).")
    String scenario;

    @Option(names = "--port", paramLabel = "P", description = "Port (default: " + DEFAULT_PORT + "; 0 = any free one).")
    int port = DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "H",
            description = "Address to listen on (default: 127.0.0.1). Any other lets other machines use the page.")
    String host = "127.0.0.1";

    @Option(names = "--paths", paramLabel = "N", description = "Sample paths to start with (overrides the scenario; "
            + "at most " + Explorer.MAX_PATHS + ").")
    Integer paths;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Mixin
    DataOptions data;

    @Mixin
    PluginOptions plugins;

    /** Counted down to stop the server (tests); otherwise it runs until the process is stopped. */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws IOException {
        if (port < 0 || port > 65_535) {
            throw new UserException("--port must be in 0..65535, was " + port);
        }
        if (paths != null && (paths < 1 || paths > Explorer.MAX_PATHS)) {
            throw new UserException("--paths must be in 1.." + Explorer.MAX_PATHS + " for the explorer, was " + paths);
        }
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1) {
            throw new UserException("--threads must be at least 1, was " + nThreads);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new UserException("--host " + host + ": unknown host");
        }
        RunCommand.Source src = RunCommand.source(scenario);
        Dataset dataset = data.dataset();
        String text = src.text();
        Explorer explorer;
        try {
            explorer = new Explorer(dataset, plugins.registry(), nThreads, text, src.name());
            if (paths != null) {
                Scenario sc = explorer.initial().toBuilder().paths(paths).build();
                explorer = new Explorer(dataset, plugins.registry(), nThreads,
                        io.marketcast.cli.scenario.RunReport.resolvedYaml(sc), src.name());
            }
        } catch (io.marketcast.cli.scenario.ScenarioException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage() + " (or start with --paths N)");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!address.isLoopbackAddress()) {
            err.println("marketcast: warning: listening on " + host + ", not 127.0.0.1: anyone who can reach this"
                    + " machine on port " + port + " can use the explorer (it runs simulations; it reads and writes"
                    + " no files)");
            err.flush();
        }
        ExplorerServer server;
        try {
            server = ExplorerServer.start(explorer, dataset, plugins.registry(), host, port);
        } catch (IOException e) {
            throw new UserException("cannot listen on " + host + ":" + port + ": " + e.getMessage()
                    + (port == 0 ? "" : " (is another explorer running? try --port 0 for any free port)"));
        }
        try (server) {
            out.println("Marketcast explorer for " + explorer.initial().name() + " (" + src.name() + "): "
                    + server.url());
            out.println("Open it in a browser; stop with Ctrl-C.");
            out.flush();
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Marketcast.OK;
    }
}
