package dev.wsjs.bindings.websockets;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.MessageToMessageEncoder;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket08FrameEncoder;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.internal.PlatformDependent;

import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;

/**
 * The client's frame encoder (RFC 6455 section 5.2), replacing Netty's {@link WebSocket08FrameEncoder}
 * in the connection's pipeline right after the opening handshake. It writes the same frames; what
 * differs is the masking loop. wsjs used to run HotSpot with C1 only (C2 now compiles Netty, but only
 * once a method is hot; C1 comes first), and C1 does not inline Netty's per-8-byte
 * {@code ByteBuf.getLong}/{@code writeLong} calls: masking a 1 KiB message took about as long as
 * everything else a message costs. Here masking is one loop of
 * 8-byte loads and stores on arrays or raw memory (about 0.13 us per KiB under C1).
 * <p>
 * It also bounds how long written frames wait for a flush (see {@link #FLUSH_THRESHOLD}).
 * <p>
 * It sits where Netty's encoder was, after the permessage-deflate encoder when one was negotiated, so
 * it sees frames already compressed (RSV1 set) and only frames them.
 */
final class FrameEncoder extends MessageToMessageEncoder<WebSocketFrame> {
    private static final boolean UNSAFE = PlatformDependent.hasUnsafe();
    private static final boolean LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    /** Replaces Netty's frame encoder in {@code p}, if there is one, and returns the replacement (else null). */
    static FrameEncoder install(ChannelPipeline p) {
        for (Map.Entry<String, ChannelHandler> e : p) {
            if (e.getValue() instanceof WebSocket08FrameEncoder) {
                FrameEncoder encoder = new FrameEncoder();
                p.replace(e.getValue(), e.getKey(), encoder);
                return encoder;
            }
        }
        return null;
    }

    /**
     * Encoded bytes that may wait unflushed. Vert.x holds back what is written while it delivers a
     * read and flushes at {@code channelReadComplete}, after up to 16 socket reads, so the replies
     * that message handlers send to a batch of messages would all leave at its end: the peer idles
     * while this side works through the batch, then this side idles while the peer answers. Flushing
     * every 32 KiB lets the peer start on the first replies while the rest are being made. Measured
     * (B1 in the benchmark suite, 1 KiB messages with 64 in flight, alternating single runs after 25 s):
     * 180,000 to 199,000 msgs/s at 32 KiB against 93,000 to 123,000 without, and no more write calls
     * (one per 32 messages); smaller and larger thresholds had slow runs (docs/performance.md, round 8).
     */
    private static final int FLUSH_THRESHOLD = 32 * 1024;

    private int unflushed;
    private byte[] lastSource;   // the array behind the last frame's payload, if it had one

    /**
     * True when the last frame this encoder wrote since the previous call was read from {@code a}: its
     * bytes are masked into the output and {@code a} is free. Each call forgets that frame, so a write
     * that Vert.x queued instead is never taken for an earlier one from the same array.
     */
    boolean consumed(byte[] a) {
        boolean consumed = lastSource == a;
        lastSource = null;
        return consumed;
    }

    private FrameEncoder() {
        super(WebSocketFrame.class);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        super.write(ctx, msg, promise);   // encode() counts the frame in unflushed
        if (unflushed >= FLUSH_THRESHOLD) flush(ctx);
    }

    @Override
    public void flush(ChannelHandlerContext ctx) {
        unflushed = 0;
        ctx.flush();
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, WebSocketFrame frame, List<Object> out) {
        ByteBuf data = frame.content();
        int n = data.readableBytes();
        int opcode = opcode(frame);
        // 5.5: "All control frames MUST have a payload length of 125 bytes or less"
        if (opcode >= 8 && n > 125) throw new TooLongFrameException("invalid payload for " + frame.getClass().getSimpleName() + " (payload length must be <= 125, was " + n + ")");
        lastSource = data.hasArray() ? data.array() : null;
        int headerLength = 2 + (n < 126 ? 0 : n <= 0xFFFF ? 2 : 8) + 4;
        ByteBuf buf = ctx.alloc().directBuffer(headerLength + n);
        unflushed += headerLength + n;
        try {
            // FIN, RSV1-3 and the opcode; then MASK = 1 and the payload length in 7, 7+16 or 7+64 bits.
            buf.writeByte((frame.isFinalFragment() ? 0x80 : 0) | (frame.rsv() & 7) << 4 | opcode);
            if (n < 126) {
                buf.writeByte(0x80 | n);
            } else if (n <= 0xFFFF) {
                buf.writeByte(0x80 | 126);
                buf.writeShort(n);
            } else {
                buf.writeByte(0x80 | 127);
                buf.writeLong(n);
            }
            // 5.3: a fresh 32-bit masking key per frame, "derived from a strong source of entropy".
            int key = MaskingKeys.next();
            buf.writeInt(key);
            mask(data, buf, n, key);
            out.add(buf);
            buf = null;
        } finally {
            if (buf != null) buf.release();
        }
    }

    private static int opcode(WebSocketFrame frame) {
        if (frame instanceof TextWebSocketFrame) return 0x1;
        if (frame instanceof BinaryWebSocketFrame) return 0x2;
        if (frame instanceof ContinuationWebSocketFrame) return 0x0;
        if (frame instanceof CloseWebSocketFrame) return 0x8;
        if (frame instanceof PingWebSocketFrame) return 0x9;
        if (frame instanceof PongWebSocketFrame) return 0xA;
        throw new UnsupportedOperationException("Cannot encode frame of type: " + frame.getClass().getName());
    }

    /** Octet {@code i % 4} of the masking key (the key is written big-endian, octet 0 first). */
    private static int keyByte(int key, int i) {
        return key >>> (24 - 8 * (i & 3));
    }

    /**
     * Appends the {@code n} readable bytes of {@code src} to {@code dst}, masked: "Octet i of the
     * transformed data is the XOR of octet i of the original data with octet at index i modulo 4 of
     * the masking key" (5.3).
     */
    private static void mask(ByteBuf src, ByteBuf dst, int n, int key) {
        int from = src.readerIndex();
        int to = dst.writerIndex();
        if (UNSAFE && dst.hasMemoryAddress() && (src.hasArray() || src.hasMemoryAddress())) {
            // The key repeated over 8 bytes, in memory order.
            long k = (key & 0xFFFFFFFFL) << 32 | (key & 0xFFFFFFFFL);
            if (LITTLE_ENDIAN) k = Long.reverseBytes(k);
            long out = dst.memoryAddress() + to;
            int i = 0;
            if (src.hasArray()) {
                byte[] a = src.array();
                int at = src.arrayOffset() + from;
                // Eight 8-byte words per iteration: C2 neither vectorizes nor unrolls this loop well by
                // itself (64 KiB: 3.2 us against 6.8 us one word per iteration; 1 KiB: 0.03 against 0.18).
                for (; i + 64 <= n; i += 64) {
                    int s = at + i;
                    long d = out + i;
                    long w0 = PlatformDependent.getLong(a, s), w1 = PlatformDependent.getLong(a, s + 8);
                    long w2 = PlatformDependent.getLong(a, s + 16), w3 = PlatformDependent.getLong(a, s + 24);
                    long w4 = PlatformDependent.getLong(a, s + 32), w5 = PlatformDependent.getLong(a, s + 40);
                    long w6 = PlatformDependent.getLong(a, s + 48), w7 = PlatformDependent.getLong(a, s + 56);
                    PlatformDependent.putLong(d, w0 ^ k);
                    PlatformDependent.putLong(d + 8, w1 ^ k);
                    PlatformDependent.putLong(d + 16, w2 ^ k);
                    PlatformDependent.putLong(d + 24, w3 ^ k);
                    PlatformDependent.putLong(d + 32, w4 ^ k);
                    PlatformDependent.putLong(d + 40, w5 ^ k);
                    PlatformDependent.putLong(d + 48, w6 ^ k);
                    PlatformDependent.putLong(d + 56, w7 ^ k);
                }
                for (; i + 8 <= n; i += 8) PlatformDependent.putLong(out + i, PlatformDependent.getLong(a, at + i) ^ k);
                for (; i < n; i++) PlatformDependent.putByte(out + i, (byte) (a[at + i] ^ keyByte(key, i)));
            } else {
                long in = src.memoryAddress() + from;
                for (; i + 8 <= n; i += 8) PlatformDependent.putLong(out + i, PlatformDependent.getLong(in + i) ^ k);
                for (; i < n; i++) PlatformDependent.putByte(out + i, (byte) (PlatformDependent.getByte(in + i) ^ keyByte(key, i)));
            }
            dst.writerIndex(to + n);
        } else {
            for (int i = 0; i < n; i++) dst.writeByte(src.getByte(from + i) ^ keyByte(key, i));
        }
    }
}
