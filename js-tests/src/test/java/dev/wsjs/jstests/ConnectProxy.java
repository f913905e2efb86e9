package dev.wsjs.jstests;

import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.NetSocket;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP CONNECT proxy (loopback targets only) that records every tunnel it made, so tests can tell
 * whether a connection went through it.
 */
final class ConnectProxy {
    final NetServer server;
    private final List<String> tunnels = new CopyOnWriteArrayList<>();

    private ConnectProxy(NetServer server) {
        this.server = server;
    }

    static ConnectProxy start(Vertx vertx) {
        NetClient client = vertx.createNetClient();
        ConnectProxy[] self = new ConnectProxy[1];
        NetServer server = vertx.createNetServer(new NetServerOptions().setHost("127.0.0.1").setPort(0))
                .connectHandler(s -> self[0].accept(client, s));
        self[0] = new ConnectProxy(server);
        server.listen().await();
        return self[0];
    }

    /** "host:port" of every tunnel made so far, in order. */
    List<String> tunnels() {
        return List.copyOf(tunnels);
    }

    int port() {
        return server.actualPort();
    }

    private void accept(NetClient client, NetSocket s) {
        WsFrames.readHead(s, (head, rest) -> {
            s.pause();
            String[] first = head.split("\r\n", 2)[0].split(" ");
            if (first.length < 2 || !first[0].equals("CONNECT")) {
                s.write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n").onComplete(v -> s.close());
                return;
            }
            String target = first[1];
            int colon = target.lastIndexOf(':');
            String host = target.substring(0, colon).replace("[", "").replace("]", "");
            int port = Integer.parseInt(target.substring(colon + 1));
            if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
                s.write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n").onComplete(v -> s.close());
                return;
            }
            client.connect(port, host).onComplete(ar -> {
                if (ar.failed()) {
                    s.write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n").onComplete(v -> s.close());
                    return;
                }
                tunnels.add(target);
                NetSocket t = ar.result();
                t.exceptionHandler(e -> { });
                s.write("HTTP/1.1 200 Connection Established\r\n\r\n");
                if (rest.length() > 0) t.write(rest);
                s.handler(t::write);
                t.handler(s::write);
                s.closeHandler(v -> t.close());
                t.closeHandler(v -> s.close());
                s.resume();
            });
        });
    }
}
