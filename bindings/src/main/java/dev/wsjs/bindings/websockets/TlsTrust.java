package dev.wsjs.bindings.websockets;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The trust decision for {@code wss:}: the JDK's default trust store plus the CAs of a PEM file
 * ({@code tls.cert}, {@code --cert}, {@code WSJS_CERT}). A chain is trusted when either accepts it, so
 * extra CAs add to the defaults instead of replacing them (as Deno's {@code --cert} does).
 */
final class TlsTrust {
    private TlsTrust() {
    }

    /** A trust manager that accepts what the JDK defaults or the PEM file's CAs accept. */
    static X509TrustManager withExtraCas(Path pem) throws IOException, GeneralSecurityException {
        X509TrustManager jdk = trustManager(null);
        KeyStore extra = KeyStore.getInstance(KeyStore.getDefaultType());
        extra.load(null, null);
        int i = 0;
        for (Certificate c : readCertificates(pem)) extra.setCertificateEntry("wsjs-extra-" + i++, c);
        if (i == 0) throw new CertificateException("no certificate found in " + pem);
        X509TrustManager added = trustManager(extra);
        return new Either(jdk, added);
    }

    private static Collection<? extends Certificate> readCertificates(Path pem) throws IOException, CertificateException {
        try (InputStream in = Files.newInputStream(pem)) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in);
        }
    }

    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        f.init(store);
        for (TrustManager tm : f.getTrustManagers()) if (tm instanceof X509TrustManager x) return x;
        throw new GeneralSecurityException("no X509TrustManager");
    }

    /**
     * Vert.x TrustOptions over one trust manager ({@code TrustOptions.wrap} needs SLF4J on the class
     * path, which we do not ship).
     */
    static io.vertx.core.net.TrustOptions options(X509TrustManager tm) {
        return new Options(tm);
    }

    private record Options(X509TrustManager tm) implements io.vertx.core.net.TrustOptions {
        @Override
        public io.vertx.core.net.TrustOptions copy() {
            return this;
        }

        @Override
        public TrustManagerFactory getTrustManagerFactory(io.vertx.core.Vertx vertx) {
            return new Factory(tm);
        }

        @Override
        public java.util.function.Function<String, TrustManager[]> trustManagerMapper(io.vertx.core.Vertx vertx) {
            return serverName -> new TrustManager[] {tm};
        }
    }

    private static final class Factory extends TrustManagerFactory {
        Factory(X509TrustManager tm) {
            super(new javax.net.ssl.TrustManagerFactorySpi() {
                @Override protected void engineInit(KeyStore ks) { }
                @Override protected void engineInit(javax.net.ssl.ManagerFactoryParameters spec) { }
                @Override protected TrustManager[] engineGetTrustManagers() { return new TrustManager[] {tm}; }
            }, null, "wsjs");
        }
    }

    /** Trusts a chain when the first or the second manager does. */
    private record Either(X509TrustManager first, X509TrustManager second) implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                first.checkClientTrusted(chain, authType);
            } catch (CertificateException e) {
                second.checkClientTrusted(chain, authType);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                first.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                try {
                    second.checkServerTrusted(chain, authType);
                } catch (CertificateException e2) {
                    e.addSuppressed(e2);
                    throw e;
                }
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            List<X509Certificate> all = new ArrayList<>(List.of(first.getAcceptedIssuers()));
            all.addAll(List.of(second.getAcceptedIssuers()));
            return all.toArray(X509Certificate[]::new);
        }
    }
}
