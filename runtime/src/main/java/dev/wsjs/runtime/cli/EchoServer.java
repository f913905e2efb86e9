package dev.wsjs.runtime.cli;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;

import java.util.ArrayList;
import java.util.List;

/**
 * The built-in local WebSocket echo server of {@code --echo-server PORT}: echoes every frame as it
 * arrives (text stays text, binary stays binary, fragmentation is kept) on 127.0.0.1 and, when
 * available, ::1, so that {@code ws://localhost:PORT} works either way. It does not keep the runtime
 * alive: the command exits when the scripts are done.
 */
final class EchoServer {
    private final List<HttpServer> servers = new ArrayList<>();
    private int port;

    /** Starts listening; returns the bound port (useful with port 0). */
    int start(Vertx vertx, int requestedPort) {
        HttpServerOptions options = new HttpServerOptions()
                .setHost("127.0.0.1")
                .setPort(requestedPort)
                .setMaxWebSocketFrameSize(64 * 1024 * 1024)
                .setMaxWebSocketMessageSize(256 * 1024 * 1024)
                .setPerMessageWebSocketCompressionSupported(true)
                .setPerFrameWebSocketCompressionSupported(true);
        HttpServer v4 = vertx.createHttpServer(options).webSocketHandler(EchoServer::echo)
                .requestHandler(req -> req.response().setStatusCode(426).end("wsjs echo server: WebSocket only\n"));
        port = v4.listen().await().actualPort();
        servers.add(v4);
        try {
            HttpServer v6 = vertx.createHttpServer(new HttpServerOptions(options).setHost("::1").setPort(port))
                    .webSocketHandler(EchoServer::echo);
            v6.listen().await();
            servers.add(v6);
        } catch (Exception noIpv6) {
            // IPv6 loopback missing: 127.0.0.1 alone is fine.
        }
        return port;
    }

    private static void echo(ServerWebSocket ws) {
        ws.frameHandler(frame -> {
            // Close is answered by Vert.x itself (echoing code and reason); ping/pong are control frames.
            if (frame.isText() || frame.isBinary() || frame.isContinuation()) ws.writeFrame(frame);
        });
        ws.exceptionHandler(err -> { });
    }

    Future<Void> stop() {
        List<Future<Void>> all = new ArrayList<>();
        for (HttpServer s : servers) all.add(s.close());
        return Future.all(all).mapEmpty();
    }
}
