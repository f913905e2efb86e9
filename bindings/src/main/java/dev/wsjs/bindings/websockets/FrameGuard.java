package dev.wsjs.bindings.websockets;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketClientExtension;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionData;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionUtil;
import io.netty.handler.codec.http.websocketx.extensions.compression.PerMessageDeflateClientExtensionHandshaker;
import io.netty.util.ReferenceCountUtil;

import java.util.Map;

/**
 * Netty-level checks Vert.x does not make, installed in the connection's pipeline right after the
 * opening handshake:
 * <ul>
 * <li>RSV bits: Vert.x decodes frames with "extensions allowed" whenever it offered one, so a frame with
 *     RSV1 from a server that accepted no extension would reach us as garbage. Any data frame that still
 *     has a reserved bit after the extension decoders is a protocol error (RFC 6455 5.2).</li>
 * <li>Decompressed size: Vert.x builds Netty's permessage-deflate decoder without a limit, so one small
 *     frame can inflate to gigabytes. It is replaced by the same decoder with {@code maxAllocation} =
 *     the message size limit; beyond it Netty throws a DecompressionException (we close with 1009).</li>
 * </ul>
 * Frames that arrive in the same TCP read as the 101 response pass here too: Vert.x completes the
 * handshake future, and so calls {@code WebSocketConnection.connected}, inside the response's
 * {@code channelRead}, and Netty decodes the rest of that read only afterwards (WebSocketHostTest:
 * {@code /reserved-bits-with-101}, {@code /bomb-with-101}).
 */
final class FrameGuard extends ChannelInboundHandlerAdapter {
    private static final String NAME = "wsjs-frame-guard";

    static void install(ChannelHandlerContext vertxHandler, String acceptedExtensions, int maxMessageSize) {
        ChannelPipeline p = vertxHandler.pipeline();
        if (p.get(NAME) == null) p.addBefore(vertxHandler.name(), NAME, new FrameGuard());
        if (acceptedExtensions == null || acceptedExtensions.isEmpty()) return;
        for (Map.Entry<String, ChannelHandler> e : p) {
            if (!e.getValue().getClass().getName().endsWith(".PerMessageDeflateDecoder")) continue;
            for (WebSocketExtensionData data : WebSocketExtensionUtil.extractExtensions(acceptedExtensions)) {
                if (!"permessage-deflate".equals(data.name())) continue;
                WebSocketClientExtension bounded = new PerMessageDeflateClientExtensionHandshaker(6, true,
                        15, false, false, maxMessageSize).handshakeExtension(data);
                if (bounded != null) p.replace(e.getValue(), e.getKey(), bounded.newExtensionDecoder());
                return;
            }
            return;
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof WebSocketFrame f && f.rsv() != 0) {
            int rsv = f.rsv();
            ReferenceCountUtil.release(msg);
            throw new CorruptedWebSocketFrameException(WebSocketCloseStatus.PROTOCOL_ERROR,
                    "One or more reserved bits are on: reserved1 = " + ((rsv >> 2) & 1) + ", reserved2 = "
                            + ((rsv >> 1) & 1) + ", reserved3 = " + (rsv & 1));
        }
        super.channelRead(ctx, msg);
    }
}
