package dev.wsjs.bindings.websockets;

import dev.wsjs.runtime.EventLoop;
import dev.wsjs.runtime.JsRuntime;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Java side of websockets/websocket.js (see the bindings README, "WebSocket: the seam"): one per
 * runtime, owning the runtime's Vert.x {@link WebSocketClient} (strongly referenced, created from the
 * runtime's Vertx on first use) and every {@link WebSocketConnection} it established.
 *
 * <p>It also keeps RFC 6455 section 4.1's rule that at most one connection per host:port is in
 * CONNECTING at a time (later ones wait in a queue) unless {@code websocket.parallelHandshakes=true}.
 *
 * <p>Runtime properties: {@code websocket.maxMessageSize} (bytes, default 134217728),
 * {@code websocket.openingTimeoutMs} / {@code websocket.closingTimeoutMs} (default 60000 each),
 * {@code websocket.origin}, {@code websocket.parallelHandshakes}, {@code tls.cert}, {@code tls.insecure},
 * {@code proxy.https} / {@code proxy.http} / {@code proxy.no} / {@code proxy.ignoreEnvironment}; a
 * {@link WebSocketSettings} setting is applied last.
 *
 * <p>Thread contract: loop thread only, like the JS that calls it.
 */
public final class WebSocketHost {
    /** Default of {@code websocket.maxMessageSize}: 128 MiB, Node's default and below what browsers take. */
    public static final long DEFAULT_MAX_MESSAGE_SIZE = 128L * 1024 * 1024;
    /** Default of both handshake timeouts: Chrome's 60 s closing timeout. */
    public static final long DEFAULT_TIMEOUT_MS = 60_000;

    final JsRuntime runtime;
    final EventLoop loop;
    final String userAgent;
    final String originOverride;
    private final String defaultOrigin;
    final int maxMessageSize;
    final long openingTimeoutMs;
    final long closingTimeoutMs;
    private final boolean parallelHandshakes;
    final ProxySelector proxies;
    final WebSocketClient client;
    private final Set<WebSocketConnection> live = new LinkedHashSet<>();
    private final Map<String, ArrayDeque<WebSocketConnection>> handshakes = new HashMap<>();
    private boolean closed;

    /**
     * Creates the host of {@code runtime} (normally through {@code host.webSockets()}); loop thread.
     * {@code location} (may be null) gives the default Origin when JS passes none.
     */
    public WebSocketHost(JsRuntime runtime, String userAgent, String location) {
        this.runtime = runtime;
        this.loop = runtime.loop();
        this.userAgent = userAgent;
        this.originOverride = runtime.property("websocket.origin").filter(s -> !s.isEmpty()).orElse(null);
        this.defaultOrigin = origin(location);
        this.maxMessageSize = (int) Math.min(Integer.MAX_VALUE - 64, longProperty("websocket.maxMessageSize", DEFAULT_MAX_MESSAGE_SIZE));
        this.openingTimeoutMs = longProperty("websocket.openingTimeoutMs", DEFAULT_TIMEOUT_MS);
        this.closingTimeoutMs = longProperty("websocket.closingTimeoutMs", DEFAULT_TIMEOUT_MS);
        this.parallelHandshakes = "true".equals(runtime.property("websocket.parallelHandshakes").orElse(null));
        this.proxies = ProxySelector.from(k -> runtime.property(k).orElse(null), System.getenv());
        this.client = loop.vertx().createWebSocketClient(clientOptions());
    }

    /** The serialized origin of an http(s) URL (scheme://host[:port], default port omitted), or null. */
    static String origin(String url) {
        if (url == null) return null;
        try {
            java.net.URI u = java.net.URI.create(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (u.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) return null;
            int port = u.getPort();
            boolean dflt = port < 0 || port == (scheme.equals("https") ? 443 : 80);
            return scheme + "://" + u.getHost().toLowerCase(java.util.Locale.ROOT) + (dflt ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private long longProperty(String key, long dflt) {
        String v = runtime.property(key).orElse(null);
        if (v == null || v.isBlank()) return dflt;
        try {
            long n = Long.parseLong(v.trim());
            return n > 0 ? n : dflt;
        } catch (NumberFormatException e) {
            runtime.err().println("wsjs: ignoring " + key + "='" + v + "' (not a positive whole number)");
            return dflt;
        }
    }

    private WebSocketClientOptions clientOptions() {
        WebSocketClientOptions o = new WebSocketClientOptions()
                .setMaxFrameSize(maxMessageSize)
                .setMaxMessageSize(maxMessageSize)
                .setTryUsePerMessageCompression(true)
                .setMaxConnections(Integer.MAX_VALUE)
                .setVerifyHost(true)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, openingTimeoutMs))
                // Our own timer (closingTimeoutMs) cuts a silent peer off; Vert.x's (whole seconds) is a backstop.
                .setClosingTimeout((int) Math.min(Integer.MAX_VALUE, closingTimeoutMs / 1000 + 5))
                .setTcpNoDelay(true)
                .setShared(false);
        if ("true".equals(runtime.property("tls.insecure").orElse(null))) {
            runtime.err().println("wsjs: WARNING: TLS certificate and host name verification is DISABLED "
                    + "(--unsafely-ignore-certificate-errors / tls.insecure): wss: connections can be intercepted.");
            o.setTrustAll(true).setVerifyHost(false);
        } else {
            String pem = runtime.property("tls.cert").filter(s -> !s.isBlank()).orElse(null);
            if (pem != null) {
                try {
                    o.setTrustOptions(TlsTrust.options(TlsTrust.withExtraCas(Path.of(pem))));
                } catch (Exception e) {
                    runtime.err().println("wsjs: cannot read the CA certificates in '" + pem + "' (" + e.getMessage()
                            + "); using the JDK trust store only");
                }
            }
        }
        runtime.setting(WebSocketSettings.class).ifPresent(s -> {
            if (s.trustOptions() != null) o.setTrustOptions(s.trustOptions());
            if (s.keyCertOptions() != null) o.setKeyCertOptions(s.keyCertOptions());
            s.customizer().accept(o);
        });
        return o;
    }

    /**
     * The WebSocket standard's "establish a WebSocket connection": starts the opening handshake (or
     * queues it behind another one to the same host) and returns the connection at once. Every outcome
     * reaches {@code feedback} later, each as its own task.
     *
     * @param url       the parsed ws:/wss: URL (no fragment)
     * @param protocols JS array of subprotocol strings, possibly empty
     * @param origin    serialized origin for the Origin header, or null
     * @param headers   flat JS array [name, value, ...] of extra request headers, or null
     * @param feedback  JS object with established, messageReceived, closingHandshakeStarted and closed
     */
    @HostAccess.Export
    public WebSocketConnection establish(String url, Value protocols, String origin, Value headers, Value feedback) {
        if (closed) throw new IllegalStateException("the runtime is closing");
        List<String> protocolList = new ArrayList<>();
        if (protocols != null && protocols.hasArrayElements()) {
            for (long i = 0; i < protocols.getArraySize(); i++) protocolList.add(protocols.getArrayElement(i).asString());
        }
        List<String> headerList = new ArrayList<>();
        if (headers != null && headers.hasArrayElements()) {
            for (long i = 0; i < headers.getArraySize(); i++) headerList.add(headers.getArrayElement(i).asString());
            HandshakeRequest.checkHeaders(headerList);
        }
        HandshakeRequest request = HandshakeRequest.of(this, url, protocolList, originOverride != null ? originOverride : origin != null ? origin : defaultOrigin, headerList);
        WebSocketConnection c = new WebSocketConnection(this, request, feedback);
        live.add(c);
        loop.retain();
        if (parallelHandshakes) {
            loop.execute(c::connect);
        } else {
            ArrayDeque<WebSocketConnection> q = handshakes.computeIfAbsent(request.hostKey(), k -> new ArrayDeque<>());
            q.add(c);
            if (q.size() == 1) loop.execute(c::connect);
        }
        return c;
    }

    /** Largest array kept for reuse by {@link #giveSpare}: larger messages get an array of their own. */
    private static final int MAX_SPARE = 1024 * 1024;
    private byte[] spare;

    /** An array of at least {@code length} bytes for an outgoing message: the spare one if it is large enough. */
    byte[] takeSpare(int length) {
        byte[] a = spare;
        if (a == null || a.length < length) return new byte[length];
        spare = null;
        return a;
    }

    /** {@code a} is no longer used by a write: it is kept as the spare array if it is larger than the current one (up to 1 MiB). */
    void giveSpare(byte[] a) {
        if (a.length <= MAX_SPARE && (spare == null || a.length > spare.length)) spare = a;
    }

    /** {@code c} left CONNECTING (open, failed or abandoned): the next queued handshake to its host may start. */
    void handshakeDone(WebSocketConnection c) {
        if (parallelHandshakes) return;
        ArrayDeque<WebSocketConnection> q = handshakes.get(c.request.hostKey());
        if (q == null) return;
        boolean wasHead = q.peekFirst() == c;
        q.remove(c);
        if (q.isEmpty()) {
            handshakes.remove(c.request.hostKey());
        } else if (wasHead && !closed) {
            WebSocketConnection next = q.peekFirst();
            loop.execute(next::connect);
        }
    }

    /** {@code c} delivered {@code closed}: forget it. */
    void released(WebSocketConnection c) {
        live.remove(c);
    }

    /** How many connections are not yet CLOSED (for tests and diagnostics). */
    public int liveConnections() {
        return live.size();
    }

    /** Called from the runtime's close hook: every connection is terminated without further feedback. */
    public void close() {
        if (closed) return;
        closed = true;
        for (WebSocketConnection c : new ArrayList<>(live)) c.terminate();
        live.clear();
        handshakes.clear();
        client.close();
    }

    /** Prints a failure cause the way Chrome's console does (not an error report: exit status unchanged). */
    void printFailure(String url, String reason) {
        runtime.err().println("WebSocket connection to '" + url + "' failed: " + reason);
    }
}
