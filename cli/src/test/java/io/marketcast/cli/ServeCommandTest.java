package io.marketcast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code marketcast serve} as a user runs it: the address it prints answers; bad options are usage errors. */
class ServeCommandTest {

    @Test
    void servePrintsALoopbackAddressThatServesThePageAndStopsWhenInterrupted() throws Exception {
        CommandLine cl = Marketcast.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        AtomicInteger code = new AtomicInteger(-1);
        Thread t = new Thread(() -> code.set(cl.execute("serve", "--port", "0", "--paths", "500")));
        t.start();
        Pattern url = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)");
        Matcher m = url.matcher("");
        for (int i = 0; i < 600 && !m.reset(out.toString()).find(); i++) {
            Thread.sleep(100);
        }
        try {
            assertTrue(m.reset(out.toString()).find(), out + "\n" + err);
            assertTrue(out.toString().startsWith("Marketcast explorer for seed-2020q3"), out.toString());
            assertEquals("", err.toString(), "no warning on the loopback address");
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(m.group(1)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Marketcast explorer"));
        } finally {
            t.interrupt();
            t.join(30_000);
        }
        assertFalse(t.isAlive());
        assertEquals(0, code.get());
    }

    @Test
    void badOptionsAreUsageErrors() {
        CliRun port = CliRun.of("serve", "--port", "70000");
        assertEquals(2, port.code());
        assertTrue(port.err().contains("--port must be in 0..65535, was 70000"), port.err());
        CliRun paths = CliRun.of("serve", "--paths", "300000");
        assertEquals(2, paths.code());
        assertTrue(paths.err().contains("--paths must be in 1..200000 for the explorer"), paths.err());
        CliRun missing = CliRun.of("serve", "no-such-scenario.yaml");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no-such-scenario.yaml: no such scenario file"), missing.err());
    }
}
