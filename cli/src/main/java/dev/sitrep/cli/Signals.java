package dev.sitrep.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Clean shutdown on SIGTERM and Ctrl-C: the JVM's shutdown hook runs {@code onSignal} (stop reading,
 * wake consumers) and then waits for the command to finish its own cleanup before the JVM exits.
 */
final class Signals implements AutoCloseable {

    private static final long GRACE_SECONDS = 30;

    private final Thread hook;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final AtomicBoolean signalled = new AtomicBoolean();

    Signals(Runnable onSignal) {
        hook = new Thread(() -> {
            signalled.set(true);
            onSignal.run();
            try {
                finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sitrep-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** True once a signal asked the command to stop. */
    boolean signalled() {
        return signalled.get();
    }

    /** The command finished its cleanup; the JVM may exit. */
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
