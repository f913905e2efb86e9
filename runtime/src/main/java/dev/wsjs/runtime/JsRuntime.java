package dev.wsjs.runtime;

import io.vertx.core.Vertx;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One JavaScript realm with the web platform installed, bound to one Vert.x event loop.
 *
 * <pre>{@code
 * JsRuntime rt = JsRuntime.builder().vertx(vertx).location(URI.create("https://example.com/")).build();
 * rt.evaluate("new WebSocket('wss://echo.example/').onopen = () => console.log('open')", "main.js");
 * rt.idle().join();   // nothing more can happen
 * rt.close();
 * }</pre>
 *
 * <p>Thread contract: every public method may be called from any thread; work is marshalled onto the
 * loop thread as a task. The GraalJS {@link Context} is created, entered and used only on that thread.
 * Many runtimes can share one {@link Vertx} and one {@link Engine} (the default {@link #sharedEngine()}).
 */
public final class JsRuntime implements AutoCloseable {
    private static volatile Engine shared;
    private static final Map<String, Source> RESOURCES = new ConcurrentHashMap<>();

    private final Builder config;
    private final EventLoop loop;
    private final Reporter reporter;
    private final CompletableFuture<Void> firstReport = new CompletableFuture<>();
    private final List<Runnable> closeHooks = new ArrayList<>();
    private Context context;
    private Consumer<Value> exceptionReporter;

    private JsRuntime(Builder b) {
        this.config = b;
        io.vertx.core.Context vctx = b.vertxContext != null ? b.vertxContext : b.vertx.getOrCreateContext();
        if (!vctx.isEventLoopContext()) throw new IllegalArgumentException("JsRuntime needs an event-loop context");
        this.loop = new EventLoop(b.vertx, vctx);
        this.reporter = new Reporter(b.err, () -> {
            if (b.failFast) loop.halt();
            firstReport.complete(null);
        });
        loop.onUncaught(this::reportThrowable);
    }

    /** A builder with the defaults: shared engine, System.out/err, no location, extensions from ServiceLoader. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * How GraalJS compiles JavaScript. Measured with the benchmark suite on one core (docs/benchmarks.md):
     * compiling in one tier takes a fraction of the time of two, and on a busy core the second tier's
     * compilations kept the compiler thread busy for tens of seconds, so {@link #LATENCY} is faster in
     * every test there; {@link #THROUGHPUT} reaches better code when spare cores can compile.
     */
    public enum Jit {
        /** One tier of compilation, no inlining across functions (GraalJS {@code engine.Mode=latency}); the default. */
        LATENCY,
        /** Two tiers; the second inlines and specialises aggressively ({@code engine.Mode=default}). */
        THROUGHPUT,
        /** No compilation: GraalJS's interpreter only (for comparisons). */
        OFF
    }

    /** The Engine shared by every runtime in this JVM that was not given its own ({@link Jit#LATENCY}). */
    public static Engine sharedEngine() {
        Engine e = shared;
        if (e == null) {
            synchronized (JsRuntime.class) {
                if (shared == null) shared = newEngine(Jit.LATENCY);
                e = shared;
            }
        }
        return e;
    }

    /**
     * A new Engine compiling as {@code jit} says. A {@code polyglot.engine.Mode} system property, when
     * set, wins over the mode.
     */
    public static Engine newEngine(Jit jit) {
        var b = Engine.newBuilder("js");
        if (jit == Jit.OFF) {
            b.allowExperimentalOptions(true).option("engine.Compilation", "false").option("engine.WarnInterpreterOnly", "false");
        } else if (System.getProperty("polyglot.engine.Mode") == null) {
            b.option("engine.Mode", jit == Jit.LATENCY ? "latency" : "default");
        }
        return b.build();
    }

    private static final java.util.Properties VERSIONS = readVersions();

    private static java.util.Properties readVersions() {
        java.util.Properties p = new java.util.Properties();
        try (var in = JsRuntime.class.getResourceAsStream("version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException ignored) {
            // every version reads "unknown"
        }
        return p;
    }

    /** A version pinned at build time: {@code "wsjs"}, {@code "graal"} or {@code "vertx"}; "unknown" if missing. */
    public static String version(String component) {
        return VERSIONS.getProperty(component, "unknown");
    }

    /** "JIT active (...)" or "interpreter only (...)", from {@link Engine#getImplementationName()}. */
    public static String jitStatus(Engine engine, boolean compilation) {
        String impl = engine.getImplementationName();
        boolean jit = compilation && !"Interpreted".equals(impl);
        return (jit ? "JIT active" : "interpreter only") + " (" + impl + ")";
    }

    // ---------------------------------------------------------------- lifecycle

    private void start() {
        Engine engine = config.engine != null ? config.engine : sharedEngine();
        Context.Builder cb = Context.newBuilder("js")
                .engine(engine)
                .allowHostAccess(HostAccess.newBuilder(HostAccess.EXPLICIT).allowBufferAccess(true).build())
                .allowHostClassLookup(name -> false)
                .allowIO(IOAccess.newBuilder().fileSystem(org.graalvm.polyglot.io.FileSystem.newReadOnlyFileSystem(
                        org.graalvm.polyglot.io.FileSystem.newDefaultFileSystem())).build())
                .out(config.out)
                .err(config.err)
                .option("js.unhandled-rejections", "handler")
                .option("js.text-encoding", "true")
                .option("js.print", "false")
                .option("js.load", "false")
                .option("js.console", "false");
        config.contextOptions.forEach(cb::option);
        context = cb.build();
        List<Extension> extensions = config.extensions != null ? config.extensions
                : ServiceLoader.load(Extension.class, JsRuntime.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
        Setup setup = new Setup();
        for (Extension ext : extensions) ext.install(setup);
    }

    /** Runs {@code work} as a task on the loop thread with the context; exceptions are reported and fail the stage. */
    public <T> CompletableFuture<T> submit(Function<Context, T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        loop.execute(() -> {
            if (context == null) {
                result.completeExceptionally(new IllegalStateException("runtime is closed"));
                return;
            }
            try {
                result.complete(work.apply(context));
            } catch (PolyglotException e) {
                reportThrowable(e);
                result.completeExceptionally(new JsException(Reporter.format(e), e));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /**
     * Evaluates a classic script (like a {@code <script>} element) in the global scope. An uncaught
     * exception is reported, as in a browser, and also fails the returned stage. The result is
     * converted to a Java value: null, Boolean, Number, String, or the JS string form of anything else.
     */
    public CompletableFuture<Object> evaluate(String code, String name) {
        Source source = Script.inline(code, name).source();
        return submit(ctx -> toJava(ctx.eval(source)));
    }

    /** Runs a classic script file. */
    public CompletableFuture<Void> runScript(Path file) {
        return run(Script.file(file, false));
    }

    /** Runs an ES module file; relative {@code import}s resolve against its location. */
    public CompletableFuture<Void> runModule(Path file) {
        return run(Script.file(file, true));
    }

    private CompletableFuture<Void> run(Script script) {
        return submit(ctx -> {
            ctx.eval(script.source());
            return null;
        });
    }

    /** A script to run with {@link #runScripts(List)}: inline code or a file, classic or module. */
    public record Script(String code, String name, Path file, boolean module) {
        /** Inline classic script code, named for error reports. */
        public static Script inline(String code, String name) {
            return new Script(code, name, null, false);
        }

        /** A file, as a classic script or as an ES module. */
        public static Script file(Path file, boolean module) {
            return new Script(null, file.toString(), file, module);
        }

        Source source() {
            return file != null ? fileSource(file, module) : Source.newBuilder("js", code, name).cached(false).buildLiteral();
        }
    }

    /**
     * Runs scripts one after another in one task, like the parser-inserted {@code <script>} elements of
     * a page: a microtask checkpoint follows each script, but timers and other tasks only run after the
     * last. An uncaught exception in one script is reported and the next one still runs.
     */
    public CompletableFuture<Void> runScripts(List<Script> scripts) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        loop.execute(() -> {
            for (Script script : scripts) {
                if (context == null) break;
                try {
                    context.eval(script.source());
                } catch (PolyglotException e) {
                    reportThrowable(e);
                } catch (UncheckedIOException e) {
                    reporter.report("Uncaught (io) cannot read " + script.name() + ": " + e.getCause().getMessage());
                }
            }
            result.complete(null);
        });
        return result;
    }

    private static Source fileSource(Path file, boolean module) {
        try {
            var b = Source.newBuilder("js", file.toAbsolutePath().normalize().toFile()).encoding(StandardCharsets.UTF_8);
            if (module) b.mimeType("application/javascript+module");
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object toJava(Value v) {
        if (v == null || v.isNull()) return null;
        if (v.isBoolean()) return v.asBoolean();
        if (v.isString()) return v.asString();
        if (v.isNumber()) return v.fitsInInt() ? (Object) v.asInt() : v.fitsInLong() ? (Object) v.asLong() : v.asDouble();
        return v.toString();
    }

    /** Completes when the event loop is idle: no task queued and nothing (socket, timer, host work) alive. */
    public CompletableFuture<Void> idle() {
        CompletableFuture<Void> f = new CompletableFuture<>();
        loop.execute(() -> loop.whenIdle(f));
        return f;
    }

    /** Completes when the first error is reported (for fail-fast). */
    public CompletableFuture<Void> firstReport() {
        return firstReport;
    }

    /** How many uncaught exceptions and unhandled rejections were reported so far. */
    public int reportedErrors() {
        return reporter.count();
    }

    /** The runtime's event loop (its methods state their own thread contracts). */
    public EventLoop loop() {
        return loop;
    }

    /** Standard output of this runtime (console.log). */
    public PrintStream out() {
        return config.out;
    }

    /** Error output of this runtime (console.error, reports). */
    public PrintStream err() {
        return config.err;
    }

    /** Reports an already formatted error ("Uncaught ...") through the one reporting path. Any thread. */
    public void reportError(String text) {
        reporter.report(text);
    }

    private void reportThrowable(Throwable t) {
        if (t instanceof PolyglotException pe && pe.isGuestException() && !pe.isSyntaxError() && exceptionReporter != null
                && context != null && !pe.isCancelled()) {
            try {
                exceptionReporter.accept(pe.getGuestObject());
                return;
            } catch (RuntimeException secondary) {
                reporter.report(Reporter.format(secondary));
            }
        }
        if (t instanceof PolyglotException pe && pe.isCancelled()) return;
        reporter.report(Reporter.format(t));
    }

    /**
     * Closes the realm: close hooks run (sockets, timers), then the context. From a foreign thread this
     * waits up to 5 s for the loop, then cancels whatever JS is running. Idempotent.
     */
    @Override
    public void close() {
        if (loop.onThread()) {
            closeOnLoop();
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        loop.execute(() -> {
            closeOnLoop();
            done.complete(null);
        });
        try {
            done.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            Context c = context;
            if (c != null) c.close(true);
        }
    }

    private void closeOnLoop() {
        if (loop.isClosed()) return;
        for (Runnable hook : closeHooks) {
            try {
                hook.run();
            } catch (RuntimeException e) {
                config.err.println("wsjs: error while closing: " + e);
            }
        }
        loop.close();
        Context c = context;
        context = null;
        if (c != null) c.close();
    }

    /** Registers something to run when the runtime closes (loop thread). */
    public void onClose(Runnable hook) {
        closeHooks.add(hook);
    }

    /** Thrown into a stage when JS threw; the message is the reported text. */
    public static final class JsException extends RuntimeException {
        JsException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final class Setup implements Extension.Setup {
        @Override public Context context() { return context; }
        @Override public EventLoop loop() { return loop; }
        @Override public JsRuntime runtime() { return JsRuntime.this; }
        @Override public Optional<URI> location() { return Optional.ofNullable(config.location); }

        @Override
        public Value evalResource(Class<?> owner, String resourcePath) {
            Source source = RESOURCES.computeIfAbsent(owner.getName() + "!" + resourcePath, k -> {
                try (var in = owner.getResourceAsStream(resourcePath)) {
                    if (in == null) throw new IllegalArgumentException("missing resource " + resourcePath);
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    return Source.newBuilder("js", text, "wsjs:" + resourcePath.replaceFirst("^.*/js/", "")).cached(true).buildLiteral();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return context.eval(source);
        }

        @Override
        public void exceptionReporter(Consumer<Value> r) {
            exceptionReporter = r;
        }
    }

    /** Options for a {@link JsRuntime}; fluent setters. */
    public static final class Builder {
        private Vertx vertx;
        private io.vertx.core.Context vertxContext;
        private Engine engine;
        private URI location;
        private PrintStream out = System.out;
        private PrintStream err = System.err;
        private List<Extension> extensions;
        private boolean failFast;
        private final Map<String, String> contextOptions = new LinkedHashMap<>();
        private final Map<Class<?>, Object> settings = new LinkedHashMap<>();
        private final Map<String, String> properties = new LinkedHashMap<>();

        /** The Vert.x instance (required). */
        public Builder vertx(Vertx vertx) { this.vertx = vertx; return this; }

        /** Run on this event-loop context (to put several runtimes on one loop); default: a new one from {@link Vertx#getOrCreateContext()}. */
        public Builder vertxContext(io.vertx.core.Context ctx) { this.vertxContext = ctx; return this; }

        /** The polyglot Engine; default {@link JsRuntime#sharedEngine()}. */
        public Builder engine(Engine engine) { this.engine = engine; return this; }

        /** The global {@code location}: base URL for relative URLs and the origin sent in handshakes. */
        public Builder location(URI location) { this.location = location; return this; }

        /** Where console.log goes (default System.out). */
        public Builder out(PrintStream out) { this.out = Objects.requireNonNull(out); return this; }

        /** Where console.error and error reports go (default System.err). */
        public Builder err(PrintStream err) { this.err = Objects.requireNonNull(err); return this; }

        /** Stop at the first reported error: no timer or socket callback reaches JS after it. */
        public Builder failFast(boolean failFast) { this.failFast = failFast; return this; }

        /** Install exactly these extensions instead of the ones ServiceLoader finds. */
        public Builder extensions(List<Extension> extensions) { this.extensions = List.copyOf(extensions); return this; }

        /** A GraalJS context option (for example {@code js.ecmascript-version}). */
        public Builder contextOption(String key, String value) { contextOptions.put(key, value); return this; }

        /** A typed settings object that an extension reads (for example WebSocket options). */
        public <T> Builder setting(Class<T> type, T value) { settings.put(type, value); return this; }

        /** A string property that an extension reads (the command line passes its flags this way). */
        public Builder property(String key, String value) { properties.put(key, value); return this; }

        /** A string property set with {@link #property(String, String)}. */
        public Optional<String> property(String key) { return Optional.ofNullable(properties.get(key)); }

        /** The settings object of this type, if one was given. */
        public <T> Optional<T> setting(Class<T> type) { return Optional.ofNullable(type.cast(settings.get(type))); }

        /**
         * Creates the runtime: the context is built and extensions installed on the loop thread.
         * Blocks until that is done (not allowed on the target loop's own thread).
         */
        public JsRuntime build() {
            Objects.requireNonNull(vertx, "vertx");
            JsRuntime rt = new JsRuntime(this);
            if (rt.loop.onThread()) throw new IllegalStateException("JsRuntime.build() cannot block its own event loop");
            CompletableFuture<Void> ready = new CompletableFuture<>();
            rt.loop.execute(() -> {
                try {
                    rt.start();
                    ready.complete(null);
                } catch (Throwable t) {
                    ready.completeExceptionally(t);
                }
            });
            try {
                ready.join();
            } catch (java.util.concurrent.CompletionException e) {
                rt.close();
                throw e.getCause() instanceof RuntimeException re ? re : e;
            }
            return rt;
        }
    }

    /** A string property given to the builder, if any. */
    public Optional<String> property(String key) {
        return config.property(key);
    }

    /** The settings object of this type, if the builder was given one. */
    public <T> Optional<T> setting(Class<T> type) {
        return config.setting(type);
    }
}
