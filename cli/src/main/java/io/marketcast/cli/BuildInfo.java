package io.marketcast.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where this build came from: the git commit of the checkout the tool runs from, when there is one. */
final class BuildInfo {

    private BuildInfo() {
    }

    /**
     * The commit checked out in the project folder ({@code marketcast.home}, set by bin/marketcast, else the working
     * directory and its parents); "unknown" outside a git checkout. Reads .git directly: no git binary needed.
     */
    static String gitCommit() {
        String home = System.getProperty("marketcast.home");
        Path start = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            Path git = p.resolve(".git");
            if (Files.isDirectory(git)) {
                return read(git);
            }
        }
        return "unknown";
    }

    private static String read(Path git) {
        try {
            String head = Files.readString(git.resolve("HEAD"), StandardCharsets.UTF_8).trim();
            if (!head.startsWith("ref: ")) {
                return head;
            }
            String ref = head.substring(5);
            Path loose = git.resolve(ref);
            if (Files.exists(loose)) {
                return Files.readString(loose, StandardCharsets.UTF_8).trim();
            }
            Path packed = git.resolve("packed-refs");
            if (Files.exists(packed)) {
                for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                    if (line.endsWith(" " + ref)) {
                        return line.substring(0, line.indexOf(' '));
                    }
                }
            }
            return "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
