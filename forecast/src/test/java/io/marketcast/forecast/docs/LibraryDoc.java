package io.marketcast.forecast.docs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * docs/library.md as the build sees it: its fenced blocks, its Java examples compiled with {@code javax.tools}
 * against the test class path, its programs run, and its plugin packed into a jar.
 *
 * <p>The page is copied into the test resources by {@code forecast/pom.xml} (no {@code ../} paths in tests). Its
 * conventions, which the page states: a {@code java} block that declares a {@code package} is a source file of the
 * plugin; one without is a program with a {@code main}; the block with info string
 * {@code text META-INF/services/...} is the plugin's service file; a {@code text} block right after a program
 * shows (part of) what it prints. Compiler errors name the line of library.md.
 */
public final class LibraryDoc {

    /** Where forecast/pom.xml puts the page on the test class path. */
    public static final String RESOURCE = "/io/marketcast/forecast/docs/library.md";

    /** The service file's name, which is also the info string's second word of its block. */
    public static final String SERVICES = "META-INF/services/io.marketcast.forecast.MethodProvider";

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    private static final Pattern TOP_LEVEL_TYPE = Pattern.compile(
            "(?m)^public\\s+(?:final\\s+|abstract\\s+)*(?:class|record|interface|enum)\\s+(\\w+)");

    /**
     * One fenced block.
     *
     * @param language  the first word of the info string ({@code java}, {@code text}, {@code sh}, ...)
     * @param attribute the rest of the info string (e.g. the service file's name), empty when none
     * @param text      the content, lines joined by {@code \n}, with a final newline
     * @param line      line number in library.md of the content's first line (1-based)
     */
    public record Block(String language, String attribute, String text, int line) {

        /** The declared package, or empty. */
        public Optional<String> packageName() {
            Matcher m = PACKAGE.matcher(text);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        }

        /** The binary name of the block's public top-level type, e.g. {@code com.example.forecast.MedianGrowth}. */
        public String className() {
            Matcher m = TOP_LEVEL_TYPE.matcher(text);
            if (!m.find()) {
                throw new AssertionError("library.md:" + line + ": a java block without a public top-level type");
            }
            return packageName().map(p -> p + ".").orElse("") + m.group(1);
        }

        /** The content's lines. */
        public List<String> lines() {
            return text.lines().toList();
        }
    }

    private final List<Block> blocks;

    private LibraryDoc(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** The page from the test class path. */
    public static LibraryDoc load() {
        try (InputStream in = LibraryDoc.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new AssertionError(RESOURCE + " is not on the test class path; forecast/pom.xml copies"
                        + " docs/library.md there");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fenced blocks of a Markdown text (fences of three backticks at the start of a line). */
    static LibraryDoc parse(String markdown) {
        List<Block> out = new ArrayList<>();
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String open = lines.get(i);
            if (!open.startsWith("```")) {
                continue;
            }
            String info = open.substring(3).strip();
            int space = info.indexOf(' ');
            String language = space < 0 ? info : info.substring(0, space);
            String attribute = space < 0 ? "" : info.substring(space + 1).strip();
            StringBuilder text = new StringBuilder();
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).startsWith("```")) {
                text.append(lines.get(j)).append('\n');
                j++;
            }
            if (j == lines.size()) {
                throw new AssertionError("library.md:" + (i + 1) + ": a code block that is never closed");
            }
            out.add(new Block(language, attribute, text.toString(), i + 2));
            i = j;
        }
        return new LibraryDoc(out);
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** Every {@code java} block. */
    public List<Block> java() {
        return blocks.stream().filter(b -> b.language().equals("java")).toList();
    }

    /** The plugin's sources: the {@code java} blocks that declare a package. */
    public List<Block> pluginSources() {
        return java().stream().filter(b -> b.packageName().isPresent()).toList();
    }

    /** The programs: the {@code java} blocks without a package. */
    public List<Block> programs() {
        return java().stream().filter(b -> b.packageName().isEmpty()).toList();
    }

    /** The program whose class is {@code className}. */
    public Block program(String className) {
        return programs().stream().filter(b -> b.className().equals(className)).findFirst()
                .orElseThrow(() -> new AssertionError("library.md has no program " + className));
    }

    /** The service file's block ({@code ```text META-INF/services/io.marketcast.forecast.MethodProvider}). */
    public Block serviceFile() {
        return blocks.stream().filter(b -> b.attribute().equals(SERVICES)).findFirst()
                .orElseThrow(() -> new AssertionError("library.md has no block '```text " + SERVICES + "'"));
    }

    /** The {@code text} block right after {@code program}: what the page says it prints. */
    public Optional<Block> shownOutput(Block program) {
        int i = blocks.indexOf(program);
        if (i < 0 || i + 1 >= blocks.size()) {
            return Optional.empty();
        }
        Block next = blocks.get(i + 1);
        return next.language().equals("text") && next.attribute().isEmpty() ? Optional.of(next) : Optional.empty();
    }

    /** The blocks of {@code language}. */
    public List<Block> blocks(String language) {
        return blocks.stream().filter(b -> b.language().equals(language)).toList();
    }

    /**
     * Compiles {@code sources} into {@code out} against the test class path (plus {@code extra}), as Java 17 with
     * every lint warning an error.
     *
     * @throws AssertionError listing each diagnostic at its line of library.md
     */
    public static Path compile(List<Block> sources, Path out, Path... extra) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new AssertionError("no system Java compiler: run the tests on a JDK, not a JRE");
        }
        StringBuilder cp = new StringBuilder(System.getProperty("java.class.path"));
        for (Path p : extra) {
            cp.append(java.io.File.pathSeparator).append(p);
        }
        List<Source> units = sources.stream().map(Source::new).toList();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> options = List.of("--release", "17", "-Xlint:all,-path,-processing", "-Werror", "-classpath",
                cp.toString(), "-d", out.toString(), "-implicit:none", "-proc:none");
        boolean ok = javac.getTask(null, null, diagnostics, options, null, units).call();
        if (!ok || !diagnostics.getDiagnostics().isEmpty()) {
            StringBuilder msg = new StringBuilder("the Java of docs/library.md does not compile cleanly:");
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                int line = d.getSource() instanceof Source s ? s.block.line() + (int) d.getLineNumber() - 1 : -1;
                msg.append("\n  docs/library.md:").append(line).append(": ").append(d.getKind()).append(": ")
                        .append(d.getMessage(Locale.ROOT));
            }
            throw new AssertionError(msg.toString());
        }
        return out;
    }

    /** A block as a compilation unit named after its public type. */
    private static final class Source extends SimpleJavaFileObject {
        final Block block;

        Source(Block block) {
            super(URI.create("string:///" + block.className().replace('.', '/') + Kind.SOURCE.extension),
                    Kind.SOURCE);
            this.block = block;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return block.text();
        }
    }

    /**
     * Compiles the plugin's sources and packs them with the service file of the page into
     * {@code dir/plugins/library-md-plugin.jar}, the way the page says to build it.
     *
     * @return the jar (its folder is what {@code --plugins} takes)
     */
    public Path pluginJar(Path dir) {
        Path classes = compile(pluginSources(), dir.resolve("plugin-classes"));
        Path jar = dir.resolve("plugins").resolve("library-md-plugin.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try {
            Files.createDirectories(jar.getParent());
            try (OutputStream file = Files.newOutputStream(jar);
                    JarOutputStream out = new JarOutputStream(file, manifest);
                    Stream<Path> files = Files.walk(classes)) {
                for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                    Files.copy(p, out);
                    out.closeEntry();
                }
                out.putNextEntry(new JarEntry(SERVICES));
                out.write(serviceFile().text().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    /**
     * Runs {@code className}'s {@code main} from {@code classes} (a folder from {@link #compile}) and returns what
     * it printed to {@code System.out}.
     *
     * @throws AssertionError when it throws, with what it printed so far
     */
    public static String run(Path classes, String className, String... args) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                LibraryDoc.class.getClassLoader());
                PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            Class<?> c = loader.loadClass(className);
            System.setOut(capture);
            c.getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw new AssertionError(className + ".main threw " + e.getCause() + "; it printed:\n"
                    + buffer.toString(StandardCharsets.UTF_8), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(className + " has no usable public static void main(String[])", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
