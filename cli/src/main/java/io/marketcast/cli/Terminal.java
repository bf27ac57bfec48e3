package io.marketcast.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the process is attached to. */
final class Terminal {

    private Terminal() {
    }

    /**
     * Whether stderr is a terminal. On Linux this reads where file descriptor 2 points ({@code /dev/pts/N} or
     * {@code /dev/ttyN}); elsewhere it falls back to whether the JVM has a console.
     */
    static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        if (Files.exists(fd2, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
