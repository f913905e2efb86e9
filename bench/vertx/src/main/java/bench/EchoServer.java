package bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrame;

/**
 * The benchmark's echo server: a frame-level WebSocket echo on one Vert.x event loop.
 *
 * <p>Each data frame is written back as it arrives (same type, same FIN bit), so the server
 * never buffers a whole message. Compression is off so that every peer measures the same
 * framing. It listens on 127.0.0.1..127.0.0.{hosts} at one port (port 0 picks a free one) and
 * prints {@code ECHO_PORT <port>} when ready.
 *
 * <p>Usage: {@code EchoServer [hosts] [port]}.
 */
public final class EchoServer {
  /** Largest frame and message accepted: test E sends 16 MiB messages. */
  static final int MAX_SIZE = 256 * 1024 * 1024;

  private EchoServer() {}

  public static void main(String[] args) throws Exception {
    int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    HttpServer first = listen(vertx, "127.0.0.1", port);
    int actual = first.actualPort();
    for (int h = 2; h <= hosts; h++) {
      listen(vertx, "127.0.0." + h, actual);
    }
    System.out.println("ECHO_PORT " + actual);
    System.out.flush();
  }

  private static HttpServer listen(Vertx vertx, String host, int port) throws Exception {
    HttpServerOptions options = new HttpServerOptions()
        .setHost(host)
        .setPort(port)
        .setTcpNoDelay(true)
        .setAcceptBacklog(8192)
        .setMaxWebSocketFrameSize(MAX_SIZE)
        .setMaxWebSocketMessageSize(MAX_SIZE)
        .setPerFrameWebSocketCompressionSupported(false)
        .setPerMessageWebSocketCompressionSupported(false);
    return vertx.createHttpServer(options)
        .webSocketHandler(EchoServer::echo)
        .listen()
        .toCompletionStage().toCompletableFuture().get();
  }

  /** Writes every text, binary and continuation frame back as it arrives. */
  private static void echo(ServerWebSocket ws) {
    ws.exceptionHandler(t -> { });
    ws.frameHandler((WebSocketFrame frame) -> {
      if (frame.isText() || frame.isBinary() || frame.isContinuation()) {
        ws.writeFrame(frame);
      }
    });
  }
}
