package id.tanggap.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One token bucket per client: holds up to {@code perMinute} tokens, refills at {@code perMinute}
 * per minute, each request takes one (or as many as it costs: an Open311 lookup of several tickets). Memory is bounded: beyond {@code maxClients} the least
 * recently seen client is forgotten (a forgotten client starts again with a full bucket, which
 * is all an idle client would have anyway).
 */
final class TokenBuckets {

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Map<String, long[]> buckets;

    TokenBuckets(int perMinute, int maxClients, LongSupplier nanoTime) {
        if (perMinute < 1 || maxClients < 1) {
            throw new IllegalArgumentException("rate limit and client count must be at least 1");
        }
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
        // access order: iteration starts at the least recently used client
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
                return size() > maxClients;
            }
        };
    }

    int perMinute() {
        return perMinute;
    }

    /**
     * Takes a token for the client.
     *
     * @return 0 if the request may pass, else the seconds until a token is available again
     */
    long take(String client) {
        return take(client, 1);
    }

    /**
     * Takes {@code cost} tokens for the client, all or none.
     *
     * @param cost between 1 and {@link #perMinute()}: a bucket never holds more
     * @return 0 if the request may pass, else the seconds until enough tokens are available again
     */
    synchronized long take(String client, int cost) {
        if (cost < 1 || cost > perMinute) {
            throw new IllegalArgumentException("a request costs between 1 and " + perMinute + " tokens, not " + cost);
        }
        long needed = cost * NANOS_PER_MINUTE;
        long now = nanoTime.getAsLong();
        // {tokens scaled by a minute in nanos, time of the last refill}: integer arithmetic, no drift
        long[] b = buckets.computeIfAbsent(client, k -> new long[] {perMinute * NANOS_PER_MINUTE, now});
        long capacity = perMinute * NANOS_PER_MINUTE;
        b[0] = Math.min(capacity, b[0] + Math.clamp(now - b[1], 0, NANOS_PER_MINUTE) * perMinute);
        b[1] = now;
        if (b[0] >= needed) {
            b[0] -= needed;
            return 0;
        }
        long missingNanos = (needed - b[0] + perMinute - 1) / perMinute;
        return Math.max(1, (missingNanos + 999_999_999L) / 1_000_000_000L);
    }

    synchronized int clients() {
        return buckets.size();
    }
}
