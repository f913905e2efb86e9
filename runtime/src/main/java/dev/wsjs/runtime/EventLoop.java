package dev.wsjs.runtime;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The event loop of one JS realm (HTML "event loop"), bound to one Vert.x event-loop context.
 *
 * <p>Everything runs on that context's thread. Every callback into JS is one <em>task</em>; GraalJS
 * performs the microtask checkpoint when a host-to-guest call returns, so each task is followed by one.
 * The loop counts what keeps it alive (an open socket, a pending timer, a pending host operation):
 * when a task ends with nothing alive and no task queued, the loop is <em>idle</em>: nothing more can happen.
 *
 * <p>Thread contract: {@link #execute(Runnable)} and {@link #onThread()} may be called from any thread;
 * every other method only on the loop thread.
 */
public final class EventLoop {
    private final Vertx vertx;
    private final Context context;
    private final AtomicInteger queued = new AtomicInteger();
    private int keepAlive;
    private final java.util.ArrayList<CompletableFuture<Void>> idleWaiters = new java.util.ArrayList<>();
    private Consumer<Throwable> uncaught = t -> t.printStackTrace();
    private boolean closed;

    EventLoop(Vertx vertx, Context context) {
        this.vertx = vertx;
        this.context = context;
    }

    /** The Vert.x instance this loop runs on. */
    public Vertx vertx() {
        return vertx;
    }

    /** The Vert.x event-loop context this loop is bound to. */
    public Context context() {
        return context;
    }

    /** True when called on this loop's thread. Any thread. */
    public boolean onThread() {
        return Vertx.currentContext() == context && context.isEventLoopContext();
    }

    /** Queues a task; the only thread-safe entry point. A queued task keeps the loop from being idle. */
    public void execute(Runnable task) {
        queued.incrementAndGet();
        context.runOnContext(v -> {
            queued.decrementAndGet();
            run(task);
        });
    }

    /**
     * Runs a task now, on the loop thread: for host callbacks that Vert.x already delivers on this
     * thread (a received frame, a fired timer). Exceptions are reported; idleness is checked afterwards.
     */
    public void runTask(Runnable task) {
        if (closed || halted) return; // a late host callback after close() or halt(): nothing left to call
        run(task);
    }

    private void run(Runnable task) {
        tasksStarted++;
        try {
            task.run();
        } catch (Throwable t) {
            uncaught.accept(t);
        }
        checkIdle();
    }

    private long tasksStarted;

    /**
     * How many tasks have started so far (the current one included while one runs): tells what happened
     * before the current task from what happened during it, as "the last time the event loop reached
     * step 1" needs (bufferedAmount).
     */
    public long tasksStarted() {
        return tasksStarted;
    }

    /** Schedules {@code task} as a task after {@code delayMs} (0 allowed: still a separate task). Returns a cancel handle. */
    public long setTimer(long delayMs, Runnable task) {
        if (delayMs <= 0) {
            // vertx.setTimer(0, ...) throws: a 0 ms timer is a plain queued task, cancellable through its id.
            long id = -(++zeroTimerSeq);
            zeroTimers.add(id);
            execute(() -> {
                if (zeroTimers.remove(id) && !halted && !closed) task.run();
            });
            return id;
        }
        return vertx.setTimer(delayMs, id -> runTask(task));
    }

    /** Cancels a timer from {@link #setTimer}. */
    public void cancelTimer(long id) {
        if (id < 0) zeroTimers.remove(id);
        else vertx.cancelTimer(id);
    }

    private long zeroTimerSeq;
    private final java.util.HashSet<Long> zeroTimers = new java.util.HashSet<>();

    /** Something that can still call back into JS now exists (socket, timer, host operation). */
    public void retain() {
        keepAlive++;
    }

    /** What {@link #retain()} counted is gone; the loop may become idle at the end of the current task. */
    public void release() {
        if (keepAlive <= 0) throw new IllegalStateException("EventLoop.release() without retain()");
        keepAlive--;
    }

    /** The number of things keeping the loop alive. */
    public int keepAliveCount() {
        return keepAlive;
    }

    /** Completes {@code f} at the end of the first task after which the loop is idle. Loop thread only. */
    void whenIdle(CompletableFuture<Void> f) {
        idleWaiters.add(f);
    }

    /** Where exceptions that escape a task go (set by the runtime: the one error-reporting path). */
    void onUncaught(Consumer<Throwable> handler) {
        this.uncaught = handler;
    }

    /** Checks for idleness; called after every task. */
    void checkIdle() {
        if (keepAlive == 0 && queued.get() == 0 && !idleWaiters.isEmpty()) {
            var waiters = new java.util.ArrayList<>(idleWaiters);
            idleWaiters.clear();
            for (var f : waiters) f.complete(null);
        }
    }

    void close() {
        closed = true;
    }

    /**
     * Stops delivering host callbacks (timers, sockets) to JS: after a fail-fast report nothing more
     * runs, although the runtime is only closed afterwards. Loop thread only.
     */
    public void halt() {
        halted = true;
    }

    private boolean halted;

    boolean isClosed() {
        return closed;
    }
}
