package io.marketcast.cli.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import io.marketcast.model.TextFiles;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Files of one run, written all or nothing: everything is first written to temporary files in the target folder,
 * then each is renamed into place (atomically where the file system allows). A failure before the renames leaves
 * no new file behind.
 */
public final class OutputFiles {

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    public OutputFiles add(String name, String text) {
        return add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public OutputFiles add(String name, byte[] bytes) {
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("output file name must be plain: " + name);
        }
        files.put(name, bytes.clone());
        return this;
    }

    public List<String> names() {
        return List.copyOf(files.keySet());
    }

    /** Temporary files are created owner-only; outputs are ordinary files (rw-r--r--) where POSIX allows. */
    private static void readableByAll(Path p) throws IOException {
        if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Writes every file into {@code dir} (created if needed); returns the paths written. */
    public List<Path> writeTo(Path dir) {
        List<Path> temps = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path tmp = Files.createTempFile(dir, "." + e.getKey() + ".", ".tmp");
                temps.add(tmp);
                Files.write(tmp, e.getValue());
                readableByAll(tmp);
            }
            List<Path> written = new ArrayList<>();
            int i = 0;
            for (String name : files.keySet()) {
                Path target = dir.resolve(name);
                try {
                    Files.move(temps.get(i), target, StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temps.get(i), target, StandardCopyOption.REPLACE_EXISTING);
                }
                written.add(target);
                i++;
            }
            return written;
        } catch (IOException e) {
            for (Path t : temps) {
                try {
                    Files.deleteIfExists(t);
                } catch (IOException ignored) {
                    // best effort: the original error is what matters
                }
            }
            throw new UncheckedIOException("cannot write " + dir + ": " + why(e), e);
        }
    }

    /** The OS's reason, naming the path it concerns when that is not the folder itself. */
    private static String why(IOException e) {
        String reason = TextFiles.reason(e);
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return fs.getFile() + ": " + reason;
        }
        return reason;
    }

    /** Prefix of the hidden sibling folders a run is built in, and of a replaced run's folder while it is removed. */
    private static final String NEW = ".new-";
    private static final String OLD = ".old-";

    /**
     * Writes the files as the whole content of {@code dir}, as one unit: they are written into a fresh hidden sibling
     * folder, which then takes the place of {@code dir} (the previous run's folder is moved aside and deleted). A
     * reader sees the old run or the new one, never a mix, and no file of an earlier run stays behind. A failure
     * (or a signal ending the process) before the swap leaves {@code dir} as it was and removes the new folder;
     * leftovers of a run killed outright are removed by the next run into the same folder.
     *
     * <p>A folder that holds anything a run does not write (another kind of file, a subfolder) is never replaced:
     * that is refused, naming what is there.
     *
     * @return the paths written, in {@code dir}
     * @throws UncheckedIOException with the OS's reason
     * @throws IllegalArgumentException when {@code dir} is empty, the root, a file, or a folder of other files
     */
    public List<Path> replaceFolder(Path dir) {
        checkFolder(dir);
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        String base = target.getFileName().toString();
        Path fresh;
        try {
            Files.createDirectories(parent);
            removeLeftovers(parent, base);
            fresh = Files.createTempDirectory(parent, "." + base + NEW + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir + ": " + why(e), e);
        }
        java.util.concurrent.atomic.AtomicBoolean swapped = new java.util.concurrent.atomic.AtomicBoolean();
        Thread cleanup = new Thread(() -> {
            if (!swapped.get()) {
                deleteQuietly(fresh);
            }
        }, "marketcast-output-cleanup");
        boolean hooked = addHook(cleanup);
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path f = fresh.resolve(e.getKey());
                Files.write(f, e.getValue());
                readableByAll(f);
            }
            if (fresh.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(fresh, java.nio.file.attribute.PosixFilePermissions.fromString(
                        "rwxr-xr-x"));
            }
            Path old = null;
            if (Files.exists(target)) {
                old = parent.resolve("." + base + OLD + ProcessHandle.current().pid() + "-" + System.nanoTime());
                move(target, old);
            }
            try {
                move(fresh, target);
                swapped.set(true);
            } catch (IOException e) {
                if (old != null) {
                    move(old, target);
                }
                throw e;
            }
            if (old != null) {
                deleteQuietly(old);
            }
        } catch (IOException e) {
            deleteQuietly(fresh);
            throw new UncheckedIOException("cannot write " + dir + ": " + why(e), e);
        } finally {
            if (hooked) {
                try {
                    Runtime.getRuntime().removeShutdownHook(cleanup);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs anyway
                }
            }
        }
        List<Path> written = new ArrayList<>();
        for (String name : files.keySet()) {
            written.add(dir.resolve(name));
        }
        return written;
    }

    /**
     * Checks, before any work, that {@link #replaceFolder} may replace {@code dir}: a name that is not empty nor the
     * root, not a file, and a folder that is new, empty or an earlier run's.
     *
     * @throws IllegalArgumentException saying why not
     */
    public static void checkFolder(Path dir) {
        if (dir.toString().isBlank()) {
            throw new IllegalArgumentException("the output folder name is empty");
        }
        Path target = dir.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            throw new IllegalArgumentException("cannot write a run into " + target + " (the root folder)");
        }
        if (Files.exists(target)) {
            if (!Files.isDirectory(target)) {
                throw new IllegalArgumentException("cannot write " + dir + ": a file of that name exists (the output"
                        + " is a folder)");
            }
            checkReplaceable(dir, target);
        }
    }

    /** File name endings a run writes; a folder holding anything else is not a run's. */
    private static final List<String> RUN_FILES = List.of(".csv", ".json", ".yaml", ".html", ".png", ".svg");

    private static void checkReplaceable(Path dir, Path target) {
        try (java.util.stream.Stream<Path> list = Files.list(target)) {
            List<Path> entries = list.toList();
            for (Path p : entries) {
                String n = p.getFileName().toString();
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        || !Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        || RUN_FILES.stream().noneMatch(n::endsWith)) {
                    throw new IllegalArgumentException("cannot write " + dir + ": it holds " + n + ", which no run"
                            + " writes; a run replaces its folder whole, so give a new or empty folder, or one an"
                            + " earlier run wrote");
                }
            }
            if (!entries.isEmpty() && entries.stream().noneMatch(p -> p.getFileName().toString()
                    .equals("manifest.json"))) {
                throw new IllegalArgumentException("cannot write " + dir + ": it is not empty and has no manifest.json,"
                        + " so it is not a run's folder; a run replaces its folder whole, so give a new or empty"
                        + " folder, or one an earlier run wrote");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir + ": " + why(e), e);
        }
    }

    /** Removes hidden build or swap folders of earlier runs into {@code base} whose process has ended. */
    private static void removeLeftovers(Path parent, String base) throws IOException {
        try (java.util.stream.Stream<Path> list = Files.list(parent)) {
            for (Path p : list.toList()) {
                String n = p.getFileName().toString();
                for (String kind : List.of(NEW, OLD)) {
                    String prefix = "." + base + kind;
                    if (n.startsWith(prefix) && Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        String rest = n.substring(prefix.length());
                        int dash = rest.indexOf('-');
                        long pid = -1;
                        try {
                            pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
                        } catch (NumberFormatException e) {
                            // not ours
                        }
                        if (pid > 0 && (pid == ProcessHandle.current().pid()
                                || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))) {
                            continue; // a run in progress
                        }
                        if (pid > 0) {
                            deleteQuietly(p);
                        }
                    }
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean addHook(Thread hook) {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return true;
        } catch (IllegalStateException shuttingDown) {
            return false;
        }
    }

    private static void deleteQuietly(Path dir) {
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // best effort: the next run removes what is left
        }
    }
}
