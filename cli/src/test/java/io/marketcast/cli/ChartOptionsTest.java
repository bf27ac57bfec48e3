package io.marketcast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartOptionsTest {

    @TempDir
    Path dir;

    @Test
    void fitDrawsItsChart() throws Exception {
        Path png = dir.resolve("fit.png");
        CliRun r = CliRun.of("fit", "aws", "--model", "gompertz", "--as-of", "2020Q3", "--horizon", "8",
                "--chart", png.toString());
        assertEquals(0, r.code(), r.err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1000, img.getWidth());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(png)));
        CliRun svg = CliRun.of("fit", "aws", "--model", "logistic", "--as-of", "2020Q3", "--chart",
                dir.resolve("fit.svg").toString());
        assertEquals(0, svg.code(), svg.err());
        assertTrue(Files.readString(dir.resolve("fit.svg")).contains("<svg"));
        CliRun bad = CliRun.of("fit", "--csv", png.toString(), "--x", "a", "--y", "b", "--model", "logistic",
                "--chart", dir.resolve("x.png").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--chart draws quarterly series fits"), bad.err());
    }

    @Test
    void benchmarkDrawsOursBesideThePublished() throws Exception {
        Path png = dir.resolve("bench.png");
        CliRun r = CliRun.of("benchmark", "--period", "yearly", "--methods", "naive2,theta", "--chart",
                png.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(ImageIO.read(png.toFile()).getHeight() > 0);
        var rows = BenchmarkCommand.chartRows(
                io.marketcast.forecast.eval.CompetitionRunner.run(new io.marketcast.forecast.eval.CompetitionSpec(
                        io.marketcast.forecast.registry.Methods.parseList("naive2"), java.util.List.of("YEARLY"), 1),
                        io.marketcast.model.CompetitionData.embeddedM3()),
                io.marketcast.model.CompetitionData.embeddedM3().published().stream()
                        .filter(p -> p.period().equals("YEARLY")).toList());
        assertTrue(rows.stream().anyMatch(b -> b.method().equals("naive2") && b.source().equals("ours")));
        assertTrue(rows.stream().anyMatch(b -> b.method().equals("NAIVE2") && b.source().equals("published")));
        assertTrue(rows.stream().anyMatch(b -> b.method().equals("THETA") && b.source().equals("published")));
        assertTrue(rows.stream().noneMatch(b -> b.method().equals("AutoBox1")), "only reference entrants");
    }
}
