package dev.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An input stream that another thread can end. A read from standard input blocks in the kernel and no
 * interrupt reaches it; here a daemon thread does that read, and {@link #stop()} makes the reader see the
 * end of the input at once, so that a SIGTERM lets ingest flush and report instead of hanging on a pipe.
 */
final class StoppableInput extends InputStream {

    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(8);
    private volatile boolean stopped;
    private volatile IOException failure;
    private byte[] current = END;
    private int pos;
    private boolean ended;

    StoppableInput(InputStream in, String name) {
        Thread pump = new Thread(() -> pump(in), "sitrep-read-" + name);
        pump.setDaemon(true);
        pump.start();
    }

    private void pump(InputStream in) {
        byte[] buf = new byte[1 << 16];
        try {
            int n;
            while (!stopped && (n = in.read(buf)) != -1) {
                byte[] chunk = Arrays.copyOf(buf, n);
                while (!stopped && !chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                    // the reader is slower than the input: wait for room
                }
            }
        } catch (IOException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                while (!stopped && !chunks.offer(END, 100, TimeUnit.MILLISECONDS)) {
                    // wait for room for the end marker
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Ends the input for the reader: its next read returns -1, whatever the underlying stream is doing. */
    void stop() {
        stopped = true;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n == -1 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (pos >= current.length) {
            if (ended || stopped) {
                return -1;
            }
            try {
                byte[] next = chunks.poll(100, TimeUnit.MILLISECONDS);
                if (next == END) {
                    ended = true;
                    if (failure != null) {
                        throw failure;
                    }
                } else if (next != null) {
                    current = next;
                    pos = 0;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading");
            }
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        return n;
    }
}
