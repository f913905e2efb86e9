package dev.wsjs.bindings;

import dev.wsjs.bindings.websockets.WebSocketHost;
import dev.wsjs.runtime.JsRuntime;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.function.Function;

/**
 * The {@code host} object every bindings resource receives: the few operations JS cannot do itself
 * (output, error reports, the clock, timers, randomness). Only primitives, strings and buffers cross.
 * Loop thread only, like the JS that calls it.
 */
public final class PlatformHost {
    /** Created on first use: seeding a SecureRandom costs start-up time that most scripts never need. */
    private static final class Random {
        static final SecureRandom INSTANCE = new SecureRandom();
    }

    private final JsRuntime runtime;
    private final TimerHost timers;
    private final long originNanos = System.nanoTime();
    private final double timeOrigin = System.currentTimeMillis();
    private final String location;
    private final Function<String, Value> loader;

    PlatformHost(JsRuntime runtime, TimerHost timers, String location, Function<String, Value> loader) {
        this.runtime = runtime;
        this.timers = timers;
        this.location = location;
        this.loader = loader;
    }

    /** A resource that loads on first use ({@link WebPlatform#DEFERRED}): its {@code (host, lib) => void} function. */
    @HostAccess.Export
    public Value loadResource(String resource) {
        return loader.apply(resource);
    }

    /** Console output: log/info/debug to stdout, warn/error to stderr. */
    @HostAccess.Export
    public void print(String level, String text) {
        PrintStream s = "warn".equals(level) || "error".equals(level) ? runtime.err() : runtime.out();
        s.println(text);
    }

    /** Prints an error report ("Uncaught ...") and counts it: exit status 1, --fail-fast. */
    @HostAccess.Export
    public void reportError(String text) {
        runtime.out().flush();
        runtime.reportError(text);
    }

    /** Milliseconds since the time origin, with sub-millisecond precision. */
    @HostAccess.Export
    public double now() {
        return (System.nanoTime() - originNanos) / 1e6;
    }

    /** The time origin in milliseconds since the Unix epoch. */
    @HostAccess.Export
    public double timeOrigin() {
        return timeOrigin;
    }

    @HostAccess.Export
    public void timerStart(int id, double ms, boolean keepAlive) {
        timers.start(id, ms, keepAlive);
    }

    @HostAccess.Export
    public void timerCancel(int id) {
        timers.cancel(id);
    }

    /** Registers the JS function the loop calls (as a task) when a timer is due. */
    @HostAccess.Export
    public void onTimerFired(Value callback) {
        timers.onFired(callback);
    }

    /** {@code n} bytes from a CSPRNG, as a buffer JS wraps with {@code new ArrayBuffer(buffer)}. */
    @HostAccess.Export
    public ByteBuffer randomBytes(int n) {
        byte[] b = new byte[n];
        Random.INSTANCE.nextBytes(b);
        return ByteBuffer.wrap(b);
    }

    /** navigator.userAgent, also sent as the handshake's User-Agent: "Mozilla/5.0 (X11; Linux x86_64) wsjs/0.1.0". */
    @HostAccess.Export
    public String userAgent() {
        return USER_AGENT;
    }

    /** Whether scripts get {@code wsjsHeapUsed()} (runtime property {@code platform.exposeHeapUsed}, --expose-heap-used). */
    @HostAccess.Export
    public boolean exposeHeapUsed() {
        return "true".equals(runtime.property("platform.exposeHeapUsed").orElse(null));
    }

    /** Bytes of Java heap in use (JavaScript objects live there too) after a full collection. */
    @HostAccess.Export
    public double heapUsedAfterGc() {
        Runtime r = Runtime.getRuntime();
        System.gc();
        System.gc();
        return r.totalMemory() - r.freeMemory();
    }

    @HostAccess.Export
    public int hardwareConcurrency() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static final String USER_AGENT = "Mozilla/5.0 (" + platform() + ") wsjs/" + JsRuntime.version("wsjs");

    private static String platform() {
        String os = System.getProperty("os.name", "Linux");
        String arch = System.getProperty("os.arch", "x86_64").replace("amd64", "x86_64");
        return (os.equals("Linux") ? "X11; Linux " : os + "; ") + arch;
    }

    /**
     * The WebSocket host of this runtime (websockets/websocket.js), created on first use; its
     * connections are terminated when the runtime closes.
     */
    @HostAccess.Export
    public WebSocketHost webSockets() {
        if (webSockets == null) {
            webSockets = new WebSocketHost(runtime, USER_AGENT, location);
            runtime.onClose(webSockets::close);
        }
        return webSockets;
    }

    private WebSocketHost webSockets;

    /** The {@code --location} URL, or null. */
    @HostAccess.Export
    public String location() {
        return location;
    }
}
