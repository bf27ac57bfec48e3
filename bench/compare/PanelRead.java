import io.marketcast.cli.panel.Columns;
import io.marketcast.cli.panel.PanelFiles;
import io.marketcast.forecast.panel.Panel;
import io.marketcast.forecast.panel.PanelOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Reads long-format files with the CLI's reader in a fresh JVM, ROUNDS times, and prints each round's wall and CPU
 * time of the reading thread (the first round is the cold read a user's run pays). Compiled and run by
 * panel_read.sh.
 */
public final class PanelRead {
    public static void main(String[] args) {
        int rounds = Integer.parseInt(args[0]);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int r = 1; r <= rounds; r++) {
            long wall = System.nanoTime();
            long cpu = mx.getCurrentThreadCpuTime();
            long rows = 0;
            int series = 0;
            for (int i = 1; i < args.length; i++) {
                Panel p = PanelFiles.read(args[i], System.in, Columns.Wanted.DEFAULT, PanelOptions.DEFAULT);
                series += p.size();
                for (var s : p.series()) {
                    rows += s.length();
                }
            }
            System.out.printf(Locale.ROOT, "round %d: %d series, %d values, wall %.3f s, reading thread CPU %.3f s%n",
                    r, series, rows, (System.nanoTime() - wall) / 1e9, (mx.getCurrentThreadCpuTime() - cpu) / 1e9);
        }
    }
}
