package io.marketcast.forecast.docs;

import io.marketcast.forecast.Method;
import io.marketcast.forecast.MethodContractTest;
import io.marketcast.forecast.registry.MethodRegistry;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin of docs/library.md keeps the contract of every built-in method — among other things, the quantiles of
 * its sample paths are the bounds of its intervals — as it comes out of its jar and through a registry, the way a
 * user's program or the CLI gets it.
 */
class MedianGrowthContractTest extends MethodContractTest {

    @TempDir
    static Path dir;

    private static URLClassLoader loader;
    private static Method method;

    @BeforeAll
    static void loadThePluginFromItsJar() throws IOException {
        Path jar = LibraryDoc.load().pluginJar(dir);
        loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, MedianGrowthContractTest.class.getClassLoader());
        method = MethodRegistry.withProviders(loader).get("median-growth");
    }

    @AfterAll
    static void close() throws IOException {
        loader.close();
    }

    @Override
    protected Method method() {
        return method;
    }

    /** k + 3 with the default k = 4. */
    @Override
    protected int minLength() {
        return 7;
    }
}
