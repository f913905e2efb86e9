package dev.wsjs.bindings.websockets;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket08FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

import java.util.Map;

/**
 * The client's frame decoder (RFC 6455 section 5.2), replacing Netty's {@link WebSocket08FrameDecoder}
 * in the connection's pipeline right after the opening handshake. Netty's decoder gathers a frame
 * that spans TCP reads into one buffer, copies its payload into another pooled buffer, and Vert.x then
 * copies that into a heap buffer before anyone sees it: three copies of every payload, each with its
 * own allocation. Here each payload goes from the read buffer straight into an exact-size array, which
 * Vert.x passes through unchanged (an unpooled heap buffer) and {@code WebSocketConnection} hands to JS
 * as it is: one copy.
 * <p>
 * It checks what the RFC makes a receiving client check and fails the connection with the status
 * and the cause Chrome gives: a {@link CorruptedWebSocketFrameException} reaches
 * {@code WebSocketConnection.exception}, which sends the Close and drops TCP; input after it is
 * discarded. Text is not checked for UTF-8 here: {@code WebSocketConnection} checks each whole
 * message (after decompression, when permessage-deflate was negotiated). RSV bits pass: the
 * extension decoders behind this one consume RSV1, and {@link FrameGuard} rejects any left over.
 * <p>
 * Thread contract: the channel's event loop (Netty calls it there).
 */
final class FrameDecoder extends ChannelInboundHandlerAdapter {
    /** Replaces Netty's frame decoder in {@code p}, if there is one; bytes it already holds move to this one. */
    static void install(ChannelPipeline p, int maxFrameSize) {
        for (Map.Entry<String, ChannelHandler> e : p) {
            if (e.getValue() instanceof WebSocket08FrameDecoder) {
                p.replace(e.getValue(), e.getKey(), new FrameDecoder(maxFrameSize));
                return;
            }
        }
    }

    private static final byte[] EMPTY = new byte[0];

    private final int maxFrameSize;

    // The frame being read: its header (at most 2 + 8 bytes, servers send no masking key), then its payload.
    private final byte[] header = new byte[10];
    private int headerHave;
    private boolean fin;
    private int rsv, opcode;
    private byte[] payload;
    private int payloadHave;

    private boolean inMessage;   // a data message's first frame came, its final one not yet
    private boolean done;        // a Close frame came or the connection failed: the rest of the input is discarded

    private FrameDecoder(int maxFrameSize) {
        this.maxFrameSize = maxFrameSize;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf in)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            while (!done && in.isReadable()) {
                if (payload == null) {
                    readHeader(ctx, in);
                } else {
                    int n = Math.min(in.readableBytes(), payload.length - payloadHave);
                    in.readBytes(payload, payloadHave, n);
                    payloadHave += n;
                    if (payloadHave == payload.length) frameDone(ctx);
                }
            }
        } finally {
            in.release();
        }
    }

    /** Reads header bytes from {@code in}; once the header is whole, checks it and starts the payload. */
    private void readHeader(ChannelHandlerContext ctx, ByteBuf in) {
        // First the 2 fixed bytes, then the extended length they announce.
        int need = headerHave < 2 ? 2 : 2 + extendedLengthBytes();
        int n = Math.min(in.readableBytes(), need - headerHave);
        in.readBytes(header, headerHave, n);
        headerHave += n;
        if (headerHave < 2 || headerHave < 2 + extendedLengthBytes()) return;

        int b0 = header[0] & 0xff, b1 = header[1] & 0xff;
        fin = (b0 & 0x80) != 0;
        rsv = (b0 >> 4) & 7;
        opcode = b0 & 0x0f;
        long length = b1 & 0x7f;
        if (length == 126) {
            length = (header[2] & 0xff) << 8 | (header[3] & 0xff);
            // 5.2: "the minimal number of bytes MUST be used to encode the length"
            if (length < 126) throw fail(WebSocketCloseStatus.PROTOCOL_ERROR, "The minimal number of bytes MUST be used to encode the length");
        } else if (length == 127) {
            length = 0;
            for (int i = 2; i < 10; i++) length = length << 8 | (header[i] & 0xff);
            // "the most significant bit MUST be 0"
            if (length < 0) throw fail(WebSocketCloseStatus.PROTOCOL_ERROR, "The most significant bit of a 64-bit payload length must be 0");
            if (length < 0x10000) throw fail(WebSocketCloseStatus.PROTOCOL_ERROR, "The minimal number of bytes MUST be used to encode the length");
        }
        // 5.1: "A client MUST close a connection if it detects a masked frame."
        if ((b1 & 0x80) != 0) throw fail(WebSocketCloseStatus.PROTOCOL_ERROR, "A server must not mask any frames that it sends to the client.");
        if (opcode >= 8) {
            // 5.5: "All control frames MUST have a payload length of 125 bytes or less and MUST NOT be fragmented."
            if (opcode > 0xA) throw fail(WebSocketCloseStatus.PROTOCOL_ERROR, "Unrecognized frame opcode: " + opcode);
            if (!fin) throw fail(WebSocketCloseStatus.PROTOCOL_ERROR, "Received fragmented control frame: opcode = " + opcode);
            if (length > 125) throw fail(WebSocketCloseStatus.PROTOCOL_ERROR, "Received a control frame having too long payload: " + length);
        } else {
            if (opcode > 2) throw fail(WebSocketCloseStatus.PROTOCOL_ERROR, "Unrecognized frame opcode: " + opcode);
            // 5.4: a continuation frame only inside a fragmented message; a new message only after the last one ended.
            if (opcode == 0 && !inMessage) throw fail(WebSocketCloseStatus.PROTOCOL_ERROR, "Received unexpected continuation frame.");
            if (opcode != 0 && inMessage) throw fail(WebSocketCloseStatus.PROTOCOL_ERROR, "Received start of new message but previous message is unfinished.");
            if (length > maxFrameSize) throw fail(WebSocketCloseStatus.MESSAGE_TOO_BIG, "Could not process a frame larger than " + maxFrameSize + " bytes (websocket.maxMessageSize).");
            inMessage = !fin;
        }
        headerHave = 0;
        payload = length == 0 ? EMPTY : new byte[(int) length];
        payloadHave = 0;
        if (length == 0) frameDone(ctx);
    }

    /** The 2-byte or 8-byte extended payload length that the second header byte announces (none: 0). */
    private int extendedLengthBytes() {
        int len7 = header[1] & 0x7f;
        return len7 == 126 ? 2 : len7 == 127 ? 8 : 0;
    }

    private void frameDone(ChannelHandlerContext ctx) {
        byte[] data = payload;
        payload = null;
        if (opcode == 0x8) {
            checkClose(data);
            // 5.5.1: after its Close frame the peer "MUST NOT send any more data frames"; whatever follows
            // is discarded (as Netty's decoder did), so a late frame cannot change the close code.
            done = true;
        }
        ByteBuf content = data.length == 0 ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(data);
        WebSocketFrame frame = switch (opcode) {
            case 0x0 -> new ContinuationWebSocketFrame(fin, rsv, content);
            case 0x1 -> new TextWebSocketFrame(fin, rsv, content);
            case 0x2 -> new BinaryWebSocketFrame(fin, rsv, content);
            case 0x8 -> new CloseWebSocketFrame(fin, rsv, content);
            case 0x9 -> new PingWebSocketFrame(fin, rsv, content);
            default -> new PongWebSocketFrame(fin, rsv, content);
        };
        ctx.fireChannelRead(frame);
    }

    /**
     * 5.5.1: a Close body is empty or a 2-byte status code, then a UTF-8 reason. 7.4: codes below 1000,
     * 1004 to 1006, 1015 and up to 2999 are reserved or must not be sent; 5000 and above are undefined.
     */
    private void checkClose(byte[] body) {
        if (body.length == 0) return;
        if (body.length == 1) throw fail(WebSocketCloseStatus.PROTOCOL_ERROR, "Received a broken close frame containing invalid size body.");
        int code = (body[0] & 0xff) << 8 | (body[1] & 0xff);
        boolean valid = (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
        if (!valid) throw fail(WebSocketCloseStatus.PROTOCOL_ERROR, "Received a broken close frame containing a reserved status code.");
        if (!Utf8.isValid(body, 2, body.length - 2)) throw fail(WebSocketCloseStatus.INVALID_PAYLOAD_DATA, "Received a broken close frame containing invalid UTF-8.");
    }

    /** Fails the connection: nothing more is decoded; the exception goes to {@code exceptionCaught}. */
    private CorruptedWebSocketFrameException fail(WebSocketCloseStatus status, String cause) {
        done = true;
        payload = null;
        return new CorruptedWebSocketFrameException(status, cause);
    }
}
