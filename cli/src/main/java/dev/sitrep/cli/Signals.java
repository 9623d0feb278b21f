package dev.sitrep.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Clean shutdown on SIGTERM and Ctrl-C: the JVM's shutdown hook runs the registered stop action (stop
 * reading, wake consumers), then holds the JVM until the command has closed everything, i.e. until this
 * object is closed. Open it first, so that it is closed last:
 * {@code try (signals; Sink sink = ...) { signals.onSignal(sink::stop); ... }}.
 */
final class Signals implements AutoCloseable {

    private static final long GRACE_SECONDS = 30;
    private static final Runnable NONE = () -> { };

    private final Thread hook;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final AtomicReference<Runnable> action = new AtomicReference<>(NONE);
    private volatile boolean signalled;

    Signals() {
        hook = new Thread(() -> {
            signalled = true;
            action.get().run();
            try {
                finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sitrep-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** What to do on a signal; run at once if one has already come. */
    void onSignal(Runnable stop) {
        action.set(stop);
        if (signalled) {
            stop.run();
        }
    }

    /** True once a signal asked the command to stop. */
    boolean signalled() {
        return signalled;
    }

    /** The command has finished its cleanup; the JVM may exit. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running and has just been released.
        }
    }
}
