package org.gluegraph.contrast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gluegraph.shared.BadInputException;
import org.junit.jupiter.api.Test;

class MemoryEstimateTest {

    private static final long GB = 1L << 30;

    @Test
    void theRunOfTheIssueIsRefusedOnAFourGigabyteHeapWithWhatToDo() {
        // 20,000 genes x 3,000 samples ran out of memory after 320 s
        var estimate = new MemoryEstimate(20_000, 3_000);
        assertThat(estimate.bytes()).isGreaterThan(3 * GB);
        assertThatThrownBy(() -> estimate.check(3 * GB, 4 * GB)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("20000 genes x 3000 samples").hasMessageContaining("GB free of its 4.0 GB")
                .hasMessageContaining("-Xmx").hasMessageContaining("--attach");
    }

    @Test
    void aStudyOfTheUsualSizeFits() {
        new MemoryEstimate(60_000, 24).check(GB, 2 * GB);
        new MemoryEstimate(20_000, 200).check(GB, 2 * GB);
    }

    @Test
    void whatTheRestOfTheServiceHoldsIsLeftToIt() {
        var estimate = new MemoryEstimate(10_000, 1_000);
        long need = estimate.bytes();
        estimate.check((long) (need / MemoryEstimate.SHARE_OF_FREE_HEAP) + 1, 8 * GB);
        assertThatThrownBy(() -> estimate.check(need, 8 * GB)).isInstanceOf(BadInputException.class);
    }
}
