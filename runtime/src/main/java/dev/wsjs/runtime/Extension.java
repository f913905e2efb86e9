package dev.wsjs.runtime;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Installs something into every new runtime (the web platform is one). Found with
 * {@link java.util.ServiceLoader} unless the builder is given a list, so the runtime needs no
 * compile-time dependency on what it runs.
 */
public interface Extension {

    /** Called once per runtime, on its loop thread, before any user code runs. */
    void install(Setup setup);

    /** What an extension may use while installing. Loop thread only. */
    interface Setup {
        /** The JS context (entered on the loop thread). */
        Context context();

        /** The runtime's event loop. */
        EventLoop loop();

        /** The runtime that is being set up. */
        JsRuntime runtime();

        /** The base URL for relative URLs and the origin scripts run in, when one was set. */
        Optional<URI> location();

        /**
         * Evaluates a cached JS resource from the extension's class path. Also usable after
         * {@code install}, on the loop thread while the runtime is open (to load a resource on first use).
         */
        Value evalResource(Class<?> owner, String resourcePath);

        /**
         * Replaces how uncaught JS exceptions are reported (the web platform fires {@code error} at the
         * global first). The consumer gets the thrown guest value.
         */
        void exceptionReporter(Consumer<Value> reporter);
    }
}
