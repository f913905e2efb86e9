package dev.wsjs.bindings;

import dev.wsjs.runtime.Extension;
import org.graalvm.polyglot.Value;

import java.util.List;

/**
 * Installs the web platform into a runtime: evaluates the JS resources below, in this order, each as
 * a function {@code (host, lib) => void} sharing one internal {@code lib} object. The order is the
 * dependency order: a file may use what earlier files put on {@code lib}.
 */
public final class WebPlatform implements Extension {
    static final List<String> RESOURCES = List.of(
            "webidl/webidl.js",
            "html/timers.js",
            "html/microtask.js",
            "html/globals.js");

    private static final String BASE = "/dev/wsjs/bindings/js/";

    @Override
    public void install(Setup setup) {
        TimerHost timers = new TimerHost(setup.loop());
        PlatformHost host = new PlatformHost(setup.runtime(), timers, setup.location().map(Object::toString).orElse(null));
        Value lib = setup.context().eval("js", "Object.create(null)");
        for (String resource : RESOURCES) {
            setup.evalResource(WebPlatform.class, BASE + resource).executeVoid(host, lib);
        }
        Value report = lib.getMember("reportException");
        if (report != null && report.canExecute()) setup.exceptionReporter(report::executeVoid);
        setup.runtime().onClose(timers::cancelAll);
    }
}
