package dev.ao.bench.operator;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** This JVM's own figures over JMX: CPU time of the whole process, heap, threads. */
final class ProcessFigures {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** Every thread's CPU, not only the reconcilers': the informers, HTTP clients and GC are the operator's cost too. */
  long cpuNanos() {
    return os.getProcessCpuTime();
  }

  /** Live heap: what is left after a full collection (System.gc() is a full GC with the serial collector used here). */
  long heapAfterGc() {
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  long heapCommitted() {
    return memory.getHeapMemoryUsage().getCommitted();
  }

  int liveThreads() {
    return ManagementFactory.getThreadMXBean().getThreadCount();
  }
}
