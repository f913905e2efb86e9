package dev.wsjs.bindings.websockets;

import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.net.ProxyOptions;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The opening handshake request a browser would send for one URL (RFC 6455 4.1, WebSockets standard
 * "establish a WebSocket connection"): Host from the URL, {@code Origin}, {@code User-Agent},
 * {@code Cache-Control}/{@code Pragma: no-cache}, userinfo as {@code Authorization: Basic} (and removed
 * from the request), the offered subprotocols and the caller's extra headers. Vert.x adds the
 * {@code Sec-WebSocket-*} headers and the permessage-deflate offer. No Referer, no cookies.
 */
record HandshakeRequest(String url, boolean secure, String host, int port, String requestUri,
                        List<String> protocols, WebSocketConnectOptions options) {

    /** Names the caller may not set (the handshake's own, and what Fetch forbids). */
    private static final Set<String> FORBIDDEN = Set.of(
            "host", "upgrade", "connection", "content-length", "transfer-encoding", "te", "trailer", "keep-alive",
            "sec-websocket-key", "sec-websocket-version", "sec-websocket-extensions", "sec-websocket-accept",
            "sec-websocket-protocol", "expect", "via");

    /** Headers we set ourselves, which the caller's headers replace instead of repeating. */
    private static final Set<String> OURS = Set.of("origin", "user-agent", "authorization", "pragma", "cache-control");

    /** host:port, the key of RFC 6455's one-connection-in-CONNECTING-per-host rule. */
    String hostKey() {
        return host + ':' + port;
    }

    static HandshakeRequest of(WebSocketHost wsh, String url, List<String> protocols, String origin, List<String> extra) {
        int schemeEnd = url.indexOf("://");
        if (schemeEnd < 0) throw new IllegalArgumentException("not a ws: or wss: URL: " + url);
        String scheme = url.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        boolean secure = switch (scheme) {
            case "wss" -> true;
            case "ws" -> false;
            default -> throw new IllegalArgumentException("not a ws: or wss: URL: " + url);
        };
        int authStart = schemeEnd + 3;
        int pathStart = authStart;
        while (pathStart < url.length() && "/?#".indexOf(url.charAt(pathStart)) < 0) pathStart++;
        String authority = url.substring(authStart, pathStart);
        String rest = url.substring(pathStart);
        int hash = rest.indexOf('#');
        if (hash >= 0) rest = rest.substring(0, hash);
        if (rest.isEmpty() || rest.charAt(0) != '/') rest = "/" + rest;

        String userinfo = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            userinfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
        }
        String host;
        int port = secure ? 443 : 80;
        String portText = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            host = authority.substring(1, close);
            if (close + 1 < authority.length() && authority.charAt(close + 1) == ':') portText = authority.substring(close + 2);
        } else {
            int colon = authority.lastIndexOf(':');
            host = colon >= 0 ? authority.substring(0, colon) : authority;
            if (colon >= 0) portText = authority.substring(colon + 1);
        }
        if (portText != null && !portText.isEmpty()) port = Integer.parseInt(portText);
        boolean defaultPort = port == (secure ? 443 : 80);
        String hostHeader = (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + (defaultPort ? "" : ":" + port);
        // The URL as JS shows it, without credentials, for messages.
        String shown = scheme + "://" + hostHeader + rest;

        WebSocketConnectOptions o = new WebSocketConnectOptions()
                .setHost(host)
                .setPort(port)
                .setSsl(secure)
                .setURI(rest)
                // Vert.x would invent an Origin from the target URL; we send ours or none.
                .setAllowOriginHeader(origin != null && !origin.isEmpty() && !origin.equals("null"))
                .setTimeout(wsh.openingTimeoutMs)
                .setConnectTimeout(wsh.openingTimeoutMs)
                .setSubProtocols(protocols.isEmpty() ? null : List.copyOf(protocols));
        o.putHeader("Pragma", "no-cache");
        o.putHeader("Cache-Control", "no-cache");
        o.putHeader("User-Agent", wsh.userAgent);
        if (origin != null && !origin.isEmpty() && !origin.equals("null")) o.putHeader("Origin", origin);
        if (userinfo != null && !userinfo.isEmpty()) {
            String decoded = URLDecoder.decode(userinfo.replace("+", "%2B"), StandardCharsets.UTF_8);
            o.putHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString(decoded.getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i + 1 < extra.size(); i += 2) {
            // The caller's Origin, User-Agent, Authorization, ... replace ours; other names are added.
            String name = extra.get(i);
            if (OURS.contains(name.toLowerCase(Locale.ROOT))) o.putHeader(name, extra.get(i + 1));
            else o.addHeader(name, extra.get(i + 1));
        }
        ProxyOptions proxy = wsh.proxies.select(secure, host, port);
        if (proxy != null) o.setProxyOptions(proxy);
        return new HandshakeRequest(shown, secure, host, port, rest, List.copyOf(protocols), o);
    }

    /** Refuses header names the handshake owns and any CR, LF or NUL (JS validated first; this is the backstop). */
    static void checkHeaders(List<String> flat) {
        if (flat.size() % 2 != 0) throw new IllegalArgumentException("headers must be name/value pairs");
        for (int i = 0; i < flat.size(); i += 2) {
            String name = flat.get(i), value = flat.get(i + 1);
            if (name.isEmpty() || !isToken(name)) throw new IllegalArgumentException("invalid header name '" + name + "'");
            for (int j = 0; j < value.length(); j++) {
                char c = value.charAt(j);
                if (c == '\r' || c == '\n' || c == 0) throw new IllegalArgumentException("invalid value for header '" + name + "'");
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (FORBIDDEN.contains(lower) || lower.startsWith("proxy-") || lower.startsWith("sec-websocket-")) {
                throw new IllegalArgumentException("the '" + name + "' header cannot be set");
            }
        }
    }

    private static boolean isToken(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c >= 0x7f || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) return false;
        }
        return true;
    }
}
