package io.marketcast.cli;

import io.marketcast.forecast.registry.MethodRegistry;
import io.marketcast.forecast.registry.Methods;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * {@code --plugins DIR}: the jars in DIR join the method registry. Each jar lists its
 * {@link io.marketcast.forecast.MethodProvider} in {@code META-INF/services} (docs/library.md, "Your own method");
 * its methods then work in every command that takes a method name. Without the option, providers on the classpath
 * are used.
 */
public final class PluginOptions {

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Folder of plugin jars with your own forecasting methods (docs/library.md).")
    Path dir;

    private MethodRegistry registry;

    /** The registry: built-in methods, classpath plugins and the jars of {@code --plugins}. */
    public synchronized MethodRegistry registry() {
        if (registry == null) {
            registry = dir == null ? Methods.registry() : load(dir);
        }
        return registry;
    }

    static MethodRegistry load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UserException("--plugins " + dir + ": " + (Files.exists(dir) ? "not a folder" : "no such folder"));
        }
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                if (p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)) {
                    jars.add(p.toUri().toURL());
                }
            }
        } catch (MalformedURLException e) {
            throw new UserException("--plugins " + dir + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UserException("--plugins " + dir + ": cannot list the folder: " + e.getMessage());
        }
        if (jars.isEmpty()) {
            throw new UserException("--plugins " + dir + ": the folder has no .jar files");
        }
        ClassLoader loader = new URLClassLoader("marketcast-plugins", jars.toArray(URL[]::new),
                PluginOptions.class.getClassLoader());
        try {
            return MethodRegistry.withProviders(loader);
        } catch (IllegalArgumentException e) {
            throw new UserException("--plugins " + dir + ": " + e.getMessage());
        }
    }
}
