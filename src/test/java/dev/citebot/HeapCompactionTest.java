package dev.citebot;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

class HeapCompactionTest {

    @Test
    void afterLoadLowersTheHeapFreeRatiosOfThisJvm() {
        HeapCompaction.afterLoad();

        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assertThat(vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo(HeapCompaction.MIN_FREE);
        assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo(HeapCompaction.MAX_FREE);
    }
}
