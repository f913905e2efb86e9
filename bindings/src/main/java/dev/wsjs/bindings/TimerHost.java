package dev.wsjs.bindings;

import dev.wsjs.runtime.EventLoop;
import org.graalvm.polyglot.Value;

import java.util.HashMap;
import java.util.Map;

/**
 * One-shot host timers for html/timers.js: the JS side owns ids, handlers, repetition and the nesting
 * clamp; this side only waits and then runs {@code lib.timerFired(id)} as a task. A pending timer keeps
 * the event loop alive unless it was started with {@code keepAlive=false}. Loop thread only.
 */
final class TimerHost {
    private record Pending(long handle, boolean keepAlive) { }

    private final EventLoop loop;
    private final Map<Integer, Pending> pending = new HashMap<>();
    private Value fired;

    TimerHost(EventLoop loop) {
        this.loop = loop;
    }

    void onFired(Value callback) {
        this.fired = callback;
    }

    void start(int id, double ms, boolean keepAlive) {
        cancel(id);
        long delay = (long) Math.max(0, Math.ceil(ms));
        long handle = loop.setTimer(delay, () -> {
            Pending p = pending.remove(id);
            if (p == null) return;
            if (p.keepAlive) loop.release();
            fired.executeVoid(id);
        });
        pending.put(id, new Pending(handle, keepAlive));
        if (keepAlive) loop.retain();
    }

    void cancel(int id) {
        Pending p = pending.remove(id);
        if (p == null) return;
        loop.cancelTimer(p.handle);
        if (p.keepAlive) loop.release();
    }

    void cancelAll() {
        for (Integer id : pending.keySet().toArray(Integer[]::new)) cancel(id);
    }
}
