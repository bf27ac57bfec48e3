package io.marketcast.cli.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
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
            throw new UncheckedIOException("cannot write " + dir + ": " + e.getMessage(), e);
        }
    }
}
