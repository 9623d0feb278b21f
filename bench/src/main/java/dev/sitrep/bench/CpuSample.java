package dev.sitrep.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU time used so far by this JVM (broker, clients, GC and all) and by the stream threads of one app.
 *
 * @param nanos          when it was taken ({@link System#nanoTime()})
 * @param processCpu     CPU nanoseconds of the whole JVM, or -1 where the JVM does not tell
 * @param streamThreadCpu CPU nanoseconds of the app's live stream threads
 */
record CpuSample(long nanos, long processCpu, long streamThreadCpu) {

    /** Stream threads are named {@code <application id>-<uuid>-StreamThread-<n>}. */
    static CpuSample take(String applicationId) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long streamCpu = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds(), 0)) {
            if (info != null && info.getThreadName().startsWith(applicationId + "-")
                    && info.getThreadName().contains("-StreamThread-")) {
                streamCpu += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        long process = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
        return new CpuSample(System.nanoTime(), process, streamCpu);
    }
}
