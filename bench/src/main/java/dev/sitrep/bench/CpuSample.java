package dev.sitrep.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU time used so far by this JVM (broker, clients, GC and all) and by the stream threads of one app, and the
 * time the JIT compilers and the garbage collector have taken so far.
 *
 * @param nanos           when it was taken ({@link System#nanoTime()})
 * @param processCpu      CPU nanoseconds of the whole JVM, or -1 where the JVM does not tell
 * @param streamThreadCpu CPU nanoseconds of the app's live stream threads
 * @param compileMillis   milliseconds the JIT compiler threads have spent compiling, summed over them, or -1
 * @param gcMillis        milliseconds of garbage collection (the collectors' own account), or -1
 */
record CpuSample(long nanos, long processCpu, long streamThreadCpu, long compileMillis, long gcMillis) {

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
        return new CpuSample(System.nanoTime(), process, streamCpu, compiledMillisSoFar(), collectedMillisSoFar());
    }

    private static long compiledMillisSoFar() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }

    private static long collectedMillisSoFar() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            long t = gc.getCollectionTime();
            if (t < 0) {
                return -1;
            }
            sum += t;
        }
        return sum;
    }
}
