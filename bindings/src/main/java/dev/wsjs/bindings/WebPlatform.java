package dev.wsjs.bindings;

import dev.wsjs.runtime.Extension;
import org.graalvm.polyglot.Value;

import java.util.List;
import java.util.Map;

/**
 * Installs the web platform into a runtime: evaluates the JS resources below, in this order, each as
 * a function {@code (host, lib) => void} sharing one internal {@code lib} object. The order is the
 * dependency order: a file may use what earlier files put on {@code lib}. The {@link #DEFERRED} ones
 * are evaluated on first use instead.
 */
public final class WebPlatform implements Extension {
    static final List<String> RESOURCES = List.of(
            "webidl/webidl.js",
            "dom/dom-exception.js",
            "dom/event.js",
            "dom/event-target.js",
            "dom/abort.js",
            "html/error-reporting.js",
            "console/console.js",
            "html/timers.js",
            "html/microtask.js",
            "url/percent-encoding.js",
            "url/host-parser.js",
            "url/url-parser.js",
            "url/url-search-params.js",
            "url/url.js",
            "fileapi/blob.js",
            "html/base64.js",
            "html/globals.js",
            "websockets/message-event.js",
            "websockets/close-event.js",
            "websockets/websocket.js");

    /**
     * Resources that most scripts never need, each with the one {@code lib} member it defines: they
     * are evaluated the first time JS reads that member ({@code lib.defer} in webidl.js). What they
     * capture from the global object is captured in webidl.js, before user code runs, which costs
     * back part of the gain: hello world on one core starts about 100 ms sooner, not the 320 to
     * 370 ms the two files take in the start-up trace (docs/performance.md, round 17).
     */
    static final Map<String, String> DEFERRED = Map.of(
            "console/inspect.js", "inspect",
            "html/structured-clone.js", "structuredClone");

    private static final String BASE = "/dev/wsjs/bindings/js/";

    @Override
    public void install(Setup setup) {
        long t0 = System.nanoTime();
        TimerHost timers = new TimerHost(setup.loop());
        boolean trace = "1".equals(System.getenv("WSJS_TRACE_STARTUP"));
        PlatformHost host = new PlatformHost(setup.runtime(), timers, setup.location().map(Object::toString).orElse(null),
                resource -> {
                    if (!DEFERRED.containsKey(resource)) throw new IllegalArgumentException("not a deferred resource: " + resource);
                    if (trace) System.err.printf("wsjs:   %s loads (first use)%n", resource);
                    return setup.evalResource(WebPlatform.class, BASE + resource);
                });
        Value lib = setup.context().eval("js", "Object.create(null)");
        if (trace) System.err.printf("wsjs:   %7.1f ms  (GraalJS realm: the context's first evaluation)%n", (System.nanoTime() - t0) / 1e6);
        for (String resource : RESOURCES) {
            long start = System.nanoTime();
            Value init = setup.evalResource(WebPlatform.class, BASE + resource); // parses it
            long parsed = System.nanoTime();
            init.executeVoid(host, lib);
            if (trace) System.err.printf("wsjs:   %7.1f ms  %s (parsing %.1f)%n", (System.nanoTime() - start) / 1e6, resource, (parsed - start) / 1e6);
        }
        Value defer = lib.getMember("defer");
        DEFERRED.forEach(defer::executeVoid);
        Value report = lib.getMember("reportException");
        if (report != null && report.canExecute()) setup.exceptionReporter(report::executeVoid);
        setup.runtime().onClose(timers::cancelAll);
    }
}
