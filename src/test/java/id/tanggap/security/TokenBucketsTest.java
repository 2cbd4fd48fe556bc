package id.tanggap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);

    @Test
    void aClientGetsItsBurstThenWaitsForRefill() {
        TokenBuckets buckets = new TokenBuckets(3, 100, now::get);
        assertThat(buckets.take("10.0.0.1")).isZero();
        assertThat(buckets.take("10.0.0.1")).isZero();
        assertThat(buckets.take("10.0.0.1")).isZero();
        // 3 per minute: the next token comes in 20 s
        assertThat(buckets.take("10.0.0.1")).isEqualTo(20);
        // another client has its own bucket
        assertThat(buckets.take("10.0.0.2")).isZero();

        now.addAndGet(19_000_000_000L);
        assertThat(buckets.take("10.0.0.1")).isEqualTo(1);
        now.addAndGet(1_000_000_000L);
        assertThat(buckets.take("10.0.0.1")).isZero();
        assertThat(buckets.take("10.0.0.1")).isPositive();
    }

    @Test
    void aRequestCostingSeveralTokensTakesAllOrNone() {
        TokenBuckets buckets = new TokenBuckets(6, 100, now::get);
        assertThat(buckets.take("a", 4)).isZero();
        // 2 left, 4 needed: refused, nothing taken; the 2 missing come in 20 s
        assertThat(buckets.take("a", 4)).isEqualTo(20);
        assertThat(buckets.take("a", 2)).isZero();
        assertThat(buckets.take("a", 1)).isPositive();
        now.addAndGet(60_000_000_000L);
        assertThat(buckets.take("a", 6)).isZero();
    }

    @Test
    void aLongIdleClientHasAFullBucketButNoMore() {
        TokenBuckets buckets = new TokenBuckets(2, 100, now::get);
        buckets.take("a");
        buckets.take("a");
        now.addAndGet(30L * 24 * 3600 * 1_000_000_000L);
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isPositive();
    }

    @Test
    void memoryIsBoundedByForgettingTheLeastRecentlySeenClient() {
        TokenBuckets buckets = new TokenBuckets(1, 3, now::get);
        buckets.take("a");
        buckets.take("b");
        buckets.take("c");
        buckets.take("a");
        buckets.take("d");
        assertThat(buckets.clients()).isEqualTo(3);
        // b was forgotten (a full bucket again), a is still remembered as empty
        assertThat(buckets.take("b")).isZero();
        assertThat(buckets.take("a")).isPositive();
    }
}
