package io.marketcast.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Runs every JMH benchmark body once, without JMH, so that benchmarks cannot rot: each class listed in the
 * annotation processor's META-INF/BenchmarkList is instantiated, its {@code @Param} fields get their first value,
 * its {@code @Setup} methods run, then each {@code @Benchmark} method runs once and its result must be sane (not
 * null; numbers finite; arrays non-empty). No timing is measured here.
 */
class BenchmarkSmokeTest {

    private static final String BLACKHOLE_PASSWORD =
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.";

    @TestFactory
    Collection<DynamicTest> everyBenchmarkBodyRunsOnceAndReturnsSomethingSane() throws Exception {
        Map<String, List<String>> methods = benchmarkList();
        assertFalse(methods.isEmpty(), "no benchmarks found in META-INF/BenchmarkList");
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : methods.entrySet()) {
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> runClass(e.getKey(), e.getValue())));
        }
        return tests;
    }

    /** Benchmark class → its benchmark method names, from the file JMH's annotation processor writes. */
    private static Map<String, List<String>> benchmarkList() throws IOException, ReflectiveOperationException {
        Map<String, List<String>> out = new TreeMap<>();
        try (InputStream in = BenchmarkSmokeTest.class.getResourceAsStream("/META-INF/BenchmarkList")) {
            assertNotNull(in, "META-INF/BenchmarkList is missing: is the JMH annotation processor configured?");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                // The line starts with JMH's escaped fields; the user class and method are the first two names
                // that look like io.marketcast.* and a method name. Find the class by its package prefix.
                int i = line.indexOf("io.marketcast.bench.");
                if (i < 0) {
                    continue;
                }
                String rest = line.substring(i);
                String cls = rest.split("[ ,]")[0];
                if (cls.contains("jmh_generated")) {
                    continue;
                }
                out.computeIfAbsent(cls, k -> new ArrayList<>());
            }
        }
        for (String cls : out.keySet()) {
            TreeSet<String> names = new TreeSet<>();
            for (Method m : Class.forName(cls).getMethods()) {
                if (m.isAnnotationPresent(Benchmark.class)) {
                    names.add(m.getName());
                }
            }
            out.get(cls).addAll(names);
        }
        return out;
    }

    private static void runClass(String className, List<String> benchmarkMethods) throws Exception {
        Class<?> c = Class.forName(className);
        assertTrue(c.isAnnotationPresent(State.class), className + " needs @State to hold its inputs");
        Object bench = c.getDeclaredConstructor().newInstance();
        for (Field f : c.getDeclaredFields()) {
            Param p = f.getAnnotation(Param.class);
            if (p == null) {
                continue;
            }
            f.setAccessible(true);
            boolean unset = p.value().length == 0 || p.value()[0].equals(Param.BLANK_ARGS);
            if (unset && f.getType().isEnum()) {
                // JMH's default for an enum @Param is every constant: run the first one
                f.set(bench, f.getType().getEnumConstants()[0]);
            } else if (!unset) {
                f.set(bench, convert(p.value()[0], f.getType()));
            } else {
                fail(className + "." + f.getName() + " is a @Param without values");
            }
        }
        invokeLifecycle(bench, Setup.class);
        try {
            for (String name : benchmarkMethods) {
                Method m = find(c, name);
                Object[] args = new Object[m.getParameterCount()];
                for (int i = 0; i < args.length; i++) {
                    if (m.getParameterTypes()[i] == Blackhole.class) {
                        args[i] = new Blackhole(BLACKHOLE_PASSWORD);
                    } else {
                        fail(className + "." + name + " takes a " + m.getParameterTypes()[i] + "; the smoke test"
                                + " only provides a Blackhole");
                    }
                }
                Object result;
                try {
                    result = m.invoke(bench, args);
                } catch (InvocationTargetException ex) {
                    throw new AssertionError(className + "." + name + " failed: " + ex.getCause(), ex.getCause());
                }
                if (m.getReturnType() != void.class) {
                    assertSane(className + "." + name, result);
                }
            }
        } finally {
            invokeLifecycle(bench, TearDown.class);
        }
    }

    private static Method find(Class<?> c, String name) {
        for (Method m : c.getMethods()) {
            if (m.getName().equals(name) && m.isAnnotationPresent(Benchmark.class)) {
                return m;
            }
        }
        throw new AssertionError("no @Benchmark method " + name + " in " + c.getName());
    }

    private static void invokeLifecycle(Object bench, Class<? extends java.lang.annotation.Annotation> kind)
            throws Exception {
        for (Method m : bench.getClass().getMethods()) {
            java.lang.annotation.Annotation a = m.getAnnotation(kind);
            if (a == null) {
                continue;
            }
            Level level = a instanceof Setup s ? s.value() : ((TearDown) a).value();
            if (level == Level.Trial || level == Level.Iteration || level == Level.Invocation) {
                try {
                    m.invoke(bench);
                } catch (InvocationTargetException ex) {
                    throw new AssertionError(bench.getClass().getName() + "." + m.getName() + " failed: "
                            + ex.getCause(), ex.getCause());
                }
            }
        }
    }

    private static Object convert(String v, Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return Integer.parseInt(v);
        }
        if (type == long.class || type == Long.class) {
            return Long.parseLong(v);
        }
        if (type == double.class || type == Double.class) {
            return Double.parseDouble(v);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.parseBoolean(v);
        }
        if (type.isEnum()) {
            for (Object o : type.getEnumConstants()) {
                if (((Enum<?>) o).name().equals(v)) {
                    return o;
                }
            }
            throw new IllegalArgumentException("no " + v + " in " + type);
        }
        return v;
    }

    private static void assertSane(String what, Object result) {
        assertNotNull(result, what + " returned null");
        if (result instanceof Double d) {
            assertTrue(Double.isFinite(d), what + " returned " + d);
        } else if (result instanceof Float f) {
            assertTrue(Float.isFinite(f), what + " returned " + f);
        } else if (result instanceof double[] a) {
            assertTrue(a.length > 0, what + " returned an empty array");
            for (double x : a) {
                assertTrue(Double.isFinite(x), what + " returned a non-finite element " + x);
            }
        } else if (result instanceof Collection<?> col) {
            assertFalse(col.isEmpty(), what + " returned an empty collection");
        }
    }
}
