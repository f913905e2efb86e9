package dev.wsjs.bindings.websockets;

import io.netty.util.concurrent.FastThreadLocal;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Masking keys for the frames a client sends. RFC 6455 section 5.3: "The masking key is a 32-bit
 * value chosen at random by the client ... The masking key needs to be unpredictable; thus, the masking
 * key MUST be derived from a strong source of entropy, and the masking key for a given frame MUST NOT
 * make it simple for a server/proxy to predict the masking key for a subsequent frame."
 *
 * <p>Each event-loop thread reads {@value #KEYS} keys at a time from the kernel's random number
 * generator ({@code /dev/urandom}), so a frame costs an array read. The JDK's {@code SecureRandom}
 * implementations would do as well once running, but the first use of one costs about 50 ms (40 to
 * 60 ms more for a script's first {@code send()}, measured), which a short script would pay; reading
 * the device costs 0.1 ms. Where there is no {@code /dev/urandom}, the JDK's DRBG (NIST SP 800-90A)
 * fills the buffer. (Netty's own encoder, which {@link FrameEncoder} replaces, takes keys from
 * {@code ThreadLocalRandom}, whose next output follows from the previous ones.)
 */
final class MaskingKeys {
    private static final int KEYS = 1024;
    private static final String DEVICE = "/dev/urandom";
    private static final FastThreadLocal<MaskingKeys> PER_THREAD = new FastThreadLocal<>() {
        @Override
        protected MaskingKeys initialValue() {
            return new MaskingKeys();
        }
    };

    private final byte[] buffer = new byte[KEYS * 4];
    private int next = buffer.length;
    private SecureRandom fallback;   // only once the device could not be read

    private MaskingKeys() {
    }

    /** A fresh masking key for the next frame sent on the calling thread. */
    static int next() {
        return PER_THREAD.get().take();
    }

    private int take() {
        if (next == buffer.length) {
            refill();
            next = 0;
        }
        byte[] b = buffer;
        int i = next;
        next = i + 4;
        return (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
    }

    private void refill() {
        if (fallback == null) {
            try (InputStream in = new FileInputStream(DEVICE)) {
                if (in.readNBytes(buffer, 0, buffer.length) == buffer.length) return;
            } catch (IOException | SecurityException e) {
                // no such device here: the DRBG below, from now on
            }
            try {
                fallback = SecureRandom.getInstance("DRBG");
            } catch (NoSuchAlgorithmException e) {
                fallback = new SecureRandom();   // every JDK since 9 has DRBG; the default is strong too
            }
        }
        fallback.nextBytes(buffer);
    }
}
