package dev.wsjs.bindings.websockets;

import io.vertx.core.net.ProxyOptions;
import io.vertx.core.net.ProxyType;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Which HTTP CONNECT proxy a WebSocket connection goes through, the way curl, Deno and k6 read the
 * environment: {@code HTTPS_PROXY} for {@code wss:}, {@code HTTP_PROXY} for {@code ws:} (lower-case
 * names too), {@code NO_PROXY} (comma-separated host names, {@code .suffix} / {@code *.suffix} domain
 * suffixes, optional {@code :port}, {@code *} for everything). The runtime properties
 * {@code proxy.https}, {@code proxy.http} and {@code proxy.no} override the environment;
 * {@code proxy.ignoreEnvironment=true} ignores it.
 */
final class ProxySelector {
    private final ProxyOptions https;
    private final ProxyOptions http;
    private final List<String> noProxy;

    private ProxySelector(ProxyOptions https, ProxyOptions http, List<String> noProxy) {
        this.https = https;
        this.http = http;
        this.noProxy = noProxy;
    }

    /** Reads the properties (through {@code property}) and, unless told not to, the environment. */
    static ProxySelector from(Function<String, String> property, Map<String, String> env) {
        boolean useEnv = !"true".equals(property.apply("proxy.ignoreEnvironment"));
        String https = first(property.apply("proxy.https"), useEnv ? env(env, "HTTPS_PROXY") : null);
        String http = first(property.apply("proxy.http"), useEnv ? env(env, "HTTP_PROXY") : null);
        String no = first(property.apply("proxy.no"), useEnv ? env(env, "NO_PROXY") : null);
        List<String> noList = new ArrayList<>();
        if (no != null) {
            for (String s : no.split(",")) {
                String t = s.trim().toLowerCase(Locale.ROOT);
                if (!t.isEmpty()) noList.add(t);
            }
        }
        return new ProxySelector(parse(https), parse(http), noList);
    }

    private static String env(Map<String, String> env, String name) {
        String v = env.get(name);
        if (v == null || v.isEmpty()) v = env.get(name.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? null : v;
    }

    private static String first(String a, String b) {
        return a != null && !a.isEmpty() ? a : b;
    }

    /** {@code host:port}, {@code http://[user:pass@]host[:port]}; null or unparsable: no proxy. */
    static ProxyOptions parse(String spec) {
        if (spec == null || spec.isBlank()) return null;
        String s = spec.trim();
        if (!s.contains("://")) s = "http://" + s;
        URI u;
        try {
            u = URI.create(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (u.getHost() == null) return null;
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        ProxyOptions p = new ProxyOptions().setType(ProxyType.HTTP).setHost(u.getHost())
                .setPort(u.getPort() > 0 ? u.getPort() : scheme.equals("https") ? 443 : 80);
        if (scheme.startsWith("socks")) p.setType(scheme.equals("socks4") ? ProxyType.SOCKS4 : ProxyType.SOCKS5).setPort(u.getPort() > 0 ? u.getPort() : 1080);
        String info = u.getRawUserInfo();
        if (info != null) {
            int colon = info.indexOf(':');
            p.setUsername(decode(colon < 0 ? info : info.substring(0, colon)));
            if (colon >= 0) p.setPassword(decode(info.substring(colon + 1)));
        }
        return p;
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The proxy for a connection to {@code host:port} ({@code secure} for wss:), or null for a direct one. */
    ProxyOptions select(boolean secure, String host, int port) {
        ProxyOptions p = secure ? https : http;
        if (p == null || bypass(host, port)) return null;
        return new ProxyOptions(p);
    }

    boolean bypass(String host, int port) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
        for (String rule : noProxy) {
            if (rule.equals("*")) return true;
            String r = rule;
            int rulePort = -1;
            int colon = r.lastIndexOf(':');
            if (colon > 0 && r.indexOf(':') == colon && !r.endsWith("]")) {
                try {
                    rulePort = Integer.parseInt(r.substring(colon + 1));
                    r = r.substring(0, colon);
                } catch (NumberFormatException ignored) {
                    // not a port: keep the whole rule
                }
            }
            if (rulePort >= 0 && rulePort != port) continue;
            if (r.startsWith("[") && r.endsWith("]")) r = r.substring(1, r.length() - 1);
            if (r.startsWith("*.")) r = r.substring(1);
            if (r.startsWith(".") ? h.endsWith(r) || h.equals(r.substring(1)) : h.equals(r) || h.endsWith("." + r)) return true;
        }
        return false;
    }
}
