package dev.citebot;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The test JVMs run with the option the README gives them against JDK 17's spurious "Java heap space". */
class TestJvmOptionsTest {
    @Test
    void allocationsBlockedByJniCriticalSectionsAreTriedAHundredTimes() {
        HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

        assertThat(hotSpot.getVMOption("GCLockerRetryAllocationCount").getValue()).isEqualTo("100");
    }
}
