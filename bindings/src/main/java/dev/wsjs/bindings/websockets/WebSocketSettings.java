package dev.wsjs.bindings.websockets;

import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.net.KeyCertOptions;
import io.vertx.core.net.TrustOptions;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Typed WebSocket settings for embedders, passed with
 * {@code JsRuntime.builder().setting(WebSocketSettings.class, settings)}. Everything here is applied
 * after the runtime properties ({@code websocket.*}, {@code tls.*}, {@code proxy.*}), so it wins.
 *
 * <pre>{@code
 * var settings = new WebSocketSettings()
 *         .keyCertOptions(new PemKeyCertOptions().setCertPath("client.pem").setKeyPath("client.key"))
 *         .customize(o -> o.setTcpNoDelay(true));
 * }</pre>
 *
 * <p>Immutable once given to a runtime: the runtime reads it when it creates its WebSocket client.
 */
public final class WebSocketSettings {
    private TrustOptions trustOptions;
    private KeyCertOptions keyCertOptions;
    private Consumer<WebSocketClientOptions> customizer = o -> { };

    /**
     * Trust these CAs instead of the JDK trust store plus {@code tls.cert}. Host names are still verified
     * unless {@code tls.insecure} is set.
     */
    public WebSocketSettings trustOptions(TrustOptions trust) { this.trustOptions = trust; return this; }

    /** A client certificate and key for {@code wss:} servers that ask for one. */
    public WebSocketSettings keyCertOptions(KeyCertOptions keyCert) { this.keyCertOptions = keyCert; return this; }

    /** Last word on the Vert.x client options (called once per runtime, after all other settings). */
    public WebSocketSettings customize(Consumer<WebSocketClientOptions> customizer) {
        this.customizer = Objects.requireNonNull(customizer);
        return this;
    }

    /** The trust options set with {@link #trustOptions(TrustOptions)}, or null. */
    public TrustOptions trustOptions() { return trustOptions; }

    /** The client certificate set with {@link #keyCertOptions(KeyCertOptions)}, or null. */
    public KeyCertOptions keyCertOptions() { return keyCertOptions; }

    /** The options customizer (a no-op by default). */
    public Consumer<WebSocketClientOptions> customizer() { return customizer; }
}
