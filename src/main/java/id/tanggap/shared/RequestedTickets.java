package id.tanggap.shared;

import java.util.Arrays;
import java.util.List;

/**
 * The tickets a lookup asks for ({@code service_request_id=A,B} in Open311 GeoReport v2, repeated or not): each value
 * split at commas, trimmed, empty ones dropped, each ticket once. The lookup answers these, and the public rate limit
 * charges one read for each, so both must read the list alike.
 */
public final class RequestedTickets {

    private RequestedTickets() {}

    public static List<String> of(String... values) {
        if (values == null) {
            return List.of();
        }
        return Arrays.stream(values)
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }
}
