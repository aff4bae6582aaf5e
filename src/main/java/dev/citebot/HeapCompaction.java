package dev.citebot;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;

/**
 * Gives the heap that loading took back to the system once loading is done, and keeps giving back what a burst of
 * questions took. Loading a large store streams hundreds of MB of short-lived buffers through the heap, and with its
 * default settings (a heap of up to a quarter of RAM) G1 grows the heap to several times what stays live and keeps
 * it. {@code java -jar} cannot pass JVM options, so citebot sets three {@code manageable} G1 options at run time:
 * between 5 % and 15 % of the heap may stay free after a collection that resizes it (instead of 40 % to 70 %; at a
 * million passages, with a live set of about 1.15 GB, 30 % left a bot holding every attribution at 1.6-1.8 GB
 * resident, 15 % at 1.4-1.5 GB),
 * and when no collection has run for {@value #PERIODIC_GC_MS} ms G1 runs a concurrent one, which shrinks the heap
 * again after a burst (JEP 346). Then it runs one full collection, after which G1 returns the free regions to the
 * system. A JVM that refuses an option still gets the others and the collection.
 */
final class HeapCompaction {
    private static final Logger LOG = LoggerFactory.getLogger(HeapCompaction.class);
    static final String MIN_FREE = "5";
    static final String MAX_FREE = "15";
    static final String PERIODIC_GC_MS = "15000";

    private HeapCompaction() {
    }

    static void afterLoad() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        set(vm, "MinHeapFreeRatio", MIN_FREE);
        set(vm, "MaxHeapFreeRatio", MAX_FREE);
        set(vm, "G1PeriodicGCInterval", PERIODIC_GC_MS);
        System.gc();
    }

    private static void set(HotSpotDiagnosticMXBean vm, String option, String value) {
        try {
            vm.setVMOption(option, value);
        } catch (RuntimeException e) {
            LOG.debug("cannot set {} to {}: {}", option, value, e.toString());
        }
    }
}
