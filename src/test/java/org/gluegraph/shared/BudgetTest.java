package org.gluegraph.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BudgetTest {

    @AfterEach
    void close() {
        Budget.close();
    }

    @Test
    void outsideARequestThereIsNoLimit() {
        assertThat(Budget.current()).isSameAs(Budget.UNLIMITED);
        Budget.UNLIMITED.cancel("ignored");
        Budget.UNLIMITED.check();
        assertThat(Budget.UNLIMITED.spent()).isFalse();
    }

    @Test
    void aSpentBudgetStopsTheWorkNamingItsSetting() {
        Budget b = Budget.open("r1", Duration.ZERO, "gluegraph.graphql.request-timeout");
        assertThat(Budget.current()).isSameAs(b);
        assertThat(b.spent()).isTrue();
        assertThatThrownBy(b::check).isInstanceOf(BudgetExceededException.class)
                .hasMessageContaining("gluegraph.graphql.request-timeout")
                .satisfies(e -> assertThat(((BudgetExceededException) e).cancelled()).isFalse());
        Budget.close();
        assertThat(Budget.current()).isSameAs(Budget.UNLIMITED);
    }

    @Test
    void aCancelledBudgetStopsEveryThreadThatHoldsIt() throws Exception {
        Budget b = Budget.open("r2", Duration.ofMinutes(5), "x");
        b.check();
        b.disconnectedWhen(() -> true);
        assertThat(b.probeDisconnected()).isTrue();
        assertThat(b.remaining()).isEqualTo(Duration.ZERO);
        AtomicReference<Throwable> seen = new AtomicReference<>();
        Thread worker = new Thread(() -> Budget.runUnder(b, () -> {
            try {
                Budget.current().check();
            } catch (BudgetExceededException e) {
                seen.set(e);
            }
        }));
        worker.start();
        worker.join();
        assertThat(seen.get()).isInstanceOf(BudgetExceededException.class).hasMessageContaining("client closed");
        assertThat(((BudgetExceededException) seen.get()).cancelled()).isTrue();
    }

    @Test
    void aLongerLimitCountsFromTheStart() {
        Budget b = Budget.open("r3", Duration.ZERO, "x");
        assertThat(b.spent()).isTrue();
        b.extendTo(Duration.ofMinutes(30));
        assertThat(b.spent()).isFalse();
        assertThat(b.remaining()).isGreaterThan(Duration.ofMinutes(29));
        b.extendTo(Duration.ZERO); // never shorter
        assertThat(b.spent()).isFalse();
    }
}
