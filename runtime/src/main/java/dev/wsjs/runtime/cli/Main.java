package dev.wsjs.runtime.cli;

import dev.wsjs.runtime.JsRuntime;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import org.graalvm.polyglot.Engine;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The {@code wsjs} command: runs browser scripts in one realm until its event loop is idle.
 * Exit status: 0 nothing reported, 1 something reported (uncaught exception, unhandled rejection,
 * syntax error), 2 usage error.
 */
public final class Main {
    static final String HELP = """
            Usage: wsjs [options] script.js [more.js ...]
                   wsjs [options] -e 'code'

            Runs browser JavaScript that uses WebSocket on the JVM. Classic scripts run in order in one
            global, like <script> tags; a .mjs file (or any file with --module) runs as an ES module.
            wsjs exits when nothing more can happen (no timers, no open sockets, no pending work).

            Options:
              -e, --eval CODE        evaluate CODE (may repeat; runs before the files)
                  --module           run every file as an ES module
                  --location URL     set the global `location`: the base for relative WebSocket URLs
                                     and the origin sent in the handshake (http: or https: URL)
                  --fail-fast        stop at the first reported error (exit status 1)
                  --echo-server PORT start a local WebSocket echo server on 127.0.0.1 (and ::1) before
                                     the scripts run (0 picks a free port; the port is printed);
                                     without --location, location is http://localhost:PORT/, so
                                     new WebSocket('/') connects to it
                  --max-message-size BYTES
                                     largest WebSocket message accepted (default 134217728 = 128 MiB)
                  --handshake-timeout MS
                                     give up on a WebSocket opening handshake after MS (default 60000)
                  --close-timeout MS cut a connection whose server does not answer our Close frame
                                     after MS (default 60000, as Chrome)
                  --parallel-handshakes
                                     lift RFC 6455's one-handshake-at-a-time-per-host rule (load tests)
                  --cert FILE        trust the CA certificates in this PEM file for wss: (also WSJS_CERT)
                  --unsafely-ignore-certificate-errors
                                     do not verify TLS certificates or host names (prints a warning)
                  --no-proxy         ignore HTTPS_PROXY / HTTP_PROXY / NO_PROXY
                  --jit MODE         how GraalJS compiles: latency (default: one fast tier), throughput
                                     (two tiers, better code once warm, when spare cores compile) or off
                  --expose-heap-used define wsjsHeapUsed(): a full GC, then the bytes of heap in use
                                     (JavaScript objects included; for memory measurements)
                  --interpreter      the same as --jit off (GraalJS's interpreter only, for comparisons)
                  --version          print the versions of wsjs, GraalJS, Vert.x and the JDK, and the JIT state
              -h, --help             print this help

            Exit status: 0 when nothing was reported, 1 when an error was reported, 2 for usage errors.
            """;

    private Main() {
    }

    public static void main(String[] args) {
        int status;
        try {
            status = run(args);
        } catch (UsageError e) {
            System.err.println("wsjs: " + e.getMessage());
            status = 2;
        }
        System.out.flush();
        System.err.flush();
        System.exit(status);
    }

    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }

    /** WSJS_TRACE_STARTUP=1 prints where start-up time goes (ms since JVM start) to stderr. */
    private static final boolean TRACE = "1".equals(System.getenv("WSJS_TRACE_STARTUP"));

    static void trace(String phase) {
        if (TRACE) {
            long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.printf("wsjs: %5d ms %s%n", System.currentTimeMillis() - jvmStart, phase);
        }
    }

    static int run(String[] args) throws UsageError {
        trace("main() entered");
        List<String> evals = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        boolean module = false, failFast = false, version = false;
        JsRuntime.Jit jit = JsRuntime.Jit.LATENCY;
        URI location = null;
        Integer echoPort = null;
        JsRuntime.Builder builder = JsRuntime.builder();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!files.isEmpty() || !a.startsWith("-") || a.equals("-")) {
                files.add(Path.of(a));
                continue;
            }
            switch (a) {
                case "-h", "--help" -> {
                    System.out.print(HELP);
                    return 0;
                }
                case "--version" -> version = true;
                case "-e", "--eval" -> evals.add(value(args, ++i, a));
                case "--module" -> module = true;
                case "--fail-fast" -> failFast = true;
                case "--interpreter" -> jit = JsRuntime.Jit.OFF;
                case "--jit" -> jit = parseJit(value(args, ++i, a));
                case "--location" -> location = parseLocation(value(args, ++i, a));
                case "--echo-server" -> echoPort = parsePort(value(args, ++i, a));
                case "--max-message-size" -> builder.property("websocket.maxMessageSize", String.valueOf(parsePositive(value(args, ++i, a), a)));
                case "--handshake-timeout" -> builder.property("websocket.openingTimeoutMs", String.valueOf(parsePositive(value(args, ++i, a), a)));
                case "--close-timeout" -> builder.property("websocket.closingTimeoutMs", String.valueOf(parsePositive(value(args, ++i, a), a)));
                case "--parallel-handshakes" -> builder.property("websocket.parallelHandshakes", "true");
                case "--cert" -> builder.property("tls.cert", readable(value(args, ++i, a)).toString());
                case "--unsafely-ignore-certificate-errors" -> builder.property("tls.insecure", "true");
                case "--no-proxy" -> builder.property("proxy.ignoreEnvironment", "true");
                case "--expose-heap-used" -> builder.property("platform.exposeHeapUsed", "true");
                case "--" -> {
                    for (int j = i + 1; j < args.length; j++) files.add(Path.of(args[j]));
                    i = args.length;
                }
                default -> throw new UsageError("unknown option '" + a + "' (see wsjs --help)");
            }
        }
        String envCert = System.getenv("WSJS_CERT");
        if (envCert != null && !envCert.isEmpty() && builder.property("tls.cert").isEmpty()) {
            builder.property("tls.cert", readable(envCert).toString());
        }
        Engine engine = jit == JsRuntime.Jit.LATENCY ? JsRuntime.sharedEngine() : JsRuntime.newEngine(jit);
        trace("polyglot engine created");
        if (version) {
            printVersion(engine, jit);
            return 0;
        }
        if (evals.isEmpty() && files.isEmpty()) throw new UsageError("no script given (see wsjs --help)");
        for (Path f : files) readable(f.toString());

        Vertx vertx = Vertx.vertx(new VertxOptions()
                .setEventLoopPoolSize(2)
                // Scripts may compute for a while inside one task; that is not a blocked loop for us.
                .setMaxEventLoopExecuteTime(365L * 24 * 3600)
                .setMaxEventLoopExecuteTimeUnit(TimeUnit.SECONDS));
        EchoServer echo = null;
        try {
            if (echoPort != null) {
                echo = new EchoServer();
                int port = echo.start(vertx, echoPort);
                System.err.println("wsjs: echo server listening on ws://localhost:" + port + "/");
                // Without --location, the page is "served" by the echo server: new WebSocket('/')
                // reaches it, whatever port 0 picked.
                if (location == null) location = URI.create("http://localhost:" + port + "/");
            }
            builder.vertx(vertx).engine(engine).location(location).failFast(failFast);
            trace("vert.x started");
            JsRuntime rt = builder.build();
            trace("runtime built (context + web platform)");
            int status;
            try {
                List<JsRuntime.Script> scripts = new ArrayList<>();
                int n = 0;
                for (String code : evals) scripts.add(JsRuntime.Script.inline(code, "[eval" + (evals.size() > 1 ? String.valueOf(++n) : "") + "]"));
                for (Path f : files) scripts.add(JsRuntime.Script.file(f, module || f.toString().endsWith(".mjs")));
                CompletableFuture<Void> done = rt.runScripts(scripts).thenCompose(v -> rt.idle());
                if (failFast) CompletableFuture.anyOf(done, rt.firstReport()).join();
                else done.join();
                status = rt.reportedErrors() > 0 ? 1 : 0;
                trace("scripts done, loop idle");
            } finally {
                rt.close();
                trace("runtime closed");
            }
            return status;
        } finally {
            if (echo != null) echo.stop();
            closeAndWait(vertx);
        }
    }

    /**
     * Closes Vert.x and waits (at most 2 s) for its event loops to end before {@code main} calls
     * {@code System.exit}: HotSpot's exit waits up to 300 ms for threads still in native code, and an
     * idle event loop is in native code ({@code epoll_wait}). Waiting for the close instead takes
     * 40 to 60 ms (hello world's exit after its last shutdown hook: 55 to 360 ms before, 24 to 47 after).
     */
    private static void closeAndWait(Vertx vertx) {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // Not closed in time, or the close failed: exit anyway.
        }
    }

    private static String value(String[] args, int i, String flag) throws UsageError {
        if (i >= args.length) throw new UsageError("option '" + flag + "' needs a value (see wsjs --help)");
        return args[i];
    }

    private static URI parseLocation(String s) throws UsageError {
        try {
            URI u = new URI(s);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase();
            if (!scheme.equals("http") && !scheme.equals("https")) throw new UsageError("--location must be an http: or https: URL, got '" + s + "'");
            if (u.getHost() == null) throw new UsageError("--location has no host: '" + s + "'");
            return u;
        } catch (URISyntaxException e) {
            throw new UsageError("--location is not a valid URL: '" + s + "' (" + e.getReason() + ")");
        }
    }

    private static JsRuntime.Jit parseJit(String s) throws UsageError {
        return switch (s) {
            case "latency" -> JsRuntime.Jit.LATENCY;
            case "throughput" -> JsRuntime.Jit.THROUGHPUT;
            case "off" -> JsRuntime.Jit.OFF;
            default -> throw new UsageError("--jit needs latency, throughput or off, got '" + s + "'");
        };
    }

    private static int parsePort(String s) throws UsageError {
        try {
            int p = Integer.parseInt(s);
            if (p < 0 || p > 65535) throw new NumberFormatException();
            return p;
        } catch (NumberFormatException e) {
            throw new UsageError("--echo-server needs a port number 0-65535, got '" + s + "'");
        }
    }

    private static long parsePositive(String s, String flag) throws UsageError {
        try {
            long v = Long.parseLong(s);
            if (v <= 0) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new UsageError(flag + " needs a positive whole number, got '" + s + "'");
        }
    }

    private static Path readable(String file) throws UsageError {
        Path p = Path.of(file);
        if (!Files.exists(p)) throw new UsageError("cannot find file '" + file + "'");
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) throw new UsageError("cannot read file '" + file + "'");
        return p;
    }

    private static void printVersion(Engine engine, JsRuntime.Jit jit) {
        boolean compilation = jit != JsRuntime.Jit.OFF;
        System.out.println("wsjs " + JsRuntime.version("wsjs"));
        System.out.println("GraalJS " + JsRuntime.version("graal") + ": " + JsRuntime.jitStatus(engine, compilation)
                + (compilation ? ", --jit " + jit.name().toLowerCase(java.util.Locale.ROOT) : ""));
        System.out.println("Vert.x " + JsRuntime.version("vertx"));
        // The launcher passes -XX:AOTCache when the build trained one (scripts/prepare-jdk.sh).
        String aot = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:AOTCache=")).map(a -> ", AOT cache " + a.substring(13)).findFirst().orElse("");
        System.out.println("JDK " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", " + System.getProperty("java.home") + aot + ")");
    }
}
