package dev.wsjs.bindings.websockets;

import io.netty.handler.codec.compression.DecompressionException;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.vertx.core.http.UpgradeRejectedException;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Vert.x/Netty exceptions into the causes Chrome's console prints after
 * {@code WebSocket connection to '...' failed: }. JS never sees them (the spec hides failure details).
 */
final class Failures {
    private static final Pattern SUBPROTOCOL = Pattern.compile("Invalid subprotocol\\. Actual: (.*?)\\. Expected one of: (.*)");

    private Failures() {
    }

    /** The cause of a failed opening handshake (connection, TLS, proxy or HTTP level). */
    static String handshake(Throwable t) {
        Throwable root = t;
        for (Throwable c = t; c != null; c = c.getCause()) {
            root = c;
            if (c instanceof UpgradeRejectedException u) return "Error during WebSocket handshake: Unexpected response code: " + u.getStatus();
            if (c instanceof SSLException) return "Error in connection establishment: " + tls(c);
            if (c instanceof UnknownHostException) return "Error in connection establishment: net::ERR_NAME_NOT_RESOLVED";
            if (c instanceof ConnectException) {
                String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
                if (m.contains("timed out")) return "Error in connection establishment: net::ERR_CONNECTION_TIMED_OUT";
                return "Error in connection establishment: net::ERR_CONNECTION_REFUSED";
            }
            if (c instanceof NoRouteToHostException) return "Error in connection establishment: net::ERR_ADDRESS_UNREACHABLE";
            if (c instanceof TimeoutException) return "WebSocket opening handshake timed out";
            if (c.getClass().getName().endsWith("ProxyConnectException")) return "Error in connection establishment: net::ERR_TUNNEL_CONNECTION_FAILED";
        }
        String m = String.valueOf(root.getMessage());
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("sec-websocket-accept")) return "Error during WebSocket handshake: Incorrect 'Sec-WebSocket-Accept' header value";
        Matcher sp = SUBPROTOCOL.matcher(m);
        if (sp.find()) {
            String actual = sp.group(1);
            return actual.equals("null") || actual.isEmpty()
                    ? "Error during WebSocket handshake: Sent non-empty 'Sec-WebSocket-Protocol' header but no response was received"
                    : "Error during WebSocket handshake: 'Sec-WebSocket-Protocol' header value '" + actual + "' in response does not match any of sent values";
        }
        if (lower.contains("extension")) {
            int q = m.indexOf('"');
            String ext = q >= 0 ? m.substring(q + 1, Math.max(q + 1, m.lastIndexOf('"'))) : m;
            return "Error during WebSocket handshake: Found an unsupported extension '" + ext + "' in 'Sec-WebSocket-Extensions' header";
        }
        if (lower.contains("timeout") || lower.contains("timed out")) return "WebSocket opening handshake timed out";
        if (lower.contains("proxy")) return "Error in connection establishment: net::ERR_TUNNEL_CONNECTION_FAILED";
        if (lower.contains("closed")) return "Connection closed before receiving a handshake response";
        return "Error during WebSocket handshake: " + m;
    }

    private static String tls(Throwable c) {
        String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
        for (Throwable x = c; x != null; x = x.getCause()) {
            String xm = String.valueOf(x.getMessage()).toLowerCase(Locale.ROOT);
            if (xm.contains("subject alternative name") || xm.contains("no name matching")) return "net::ERR_CERT_COMMON_NAME_INVALID";
            if (xm.contains("expired") || xm.contains("not yet valid")) return "net::ERR_CERT_DATE_INVALID";
            if (xm.contains("certification path") || xm.contains("trust anchor") || xm.contains("unable to find valid")) return "net::ERR_CERT_AUTHORITY_INVALID";
        }
        return m.contains("certificate") ? "net::ERR_CERT_INVALID" : "net::ERR_SSL_PROTOCOL_ERROR";
    }

    /** The cause of a failure on an open connection (bad frames, limits). */
    static String frame(Throwable t, int maxMessageSize) {
        if (t instanceof DecompressionException) {
            return "Could not inflate a message larger than " + maxMessageSize + " bytes (websocket.maxMessageSize).";
        }
        String m = String.valueOf(t.getMessage());
        // FrameDecoder and FrameGuard word their causes as Chrome does.
        if (t instanceof CorruptedWebSocketFrameException) return m;
        return "Error during WebSocket frame handling: " + m;
    }

    /** True for the exceptions that only say the TCP connection went away (that is a 1006 close, not a cause to print). */
    static boolean isPlainClose(Throwable t) {
        if (t instanceof ClosedChannelException) return true;
        String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (t instanceof IOException && (m.contains("reset") || m.contains("broken pipe"))) return true;
        return t.getClass().getName().endsWith("HttpClosedException") || m.contains("connection was closed");
    }
}
