package io.marketcast.cli;

/** Entry point of the {@code marketcast} command; the only place that calls {@link System#exit}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // charts are drawn off-screen; never look for a display
        System.setProperty("java.awt.headless", "true");
        System.exit(Marketcast.commandLine().execute(args));
    }
}
