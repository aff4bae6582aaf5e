package dev.citebot;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

class HeapCompactionTest {

    @Test
    void afterLoadLowersTheHeapFreeRatiosAndTurnsOnPeriodicCollections() {
        HeapCompaction.afterLoad();

        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assertThat(vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo(HeapCompaction.MIN_FREE);
        assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo(HeapCompaction.MAX_FREE);
        assertThat(vm.getVMOption("G1PeriodicGCInterval").getValue()).isEqualTo(HeapCompaction.PERIODIC_GC_MS);
    }
}
