package id.tanggap.intake;

import id.tanggap.complaint.Complaint;
import id.tanggap.complaint.Complaints;
import id.tanggap.shared.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Finds the open case a new report probably repeats: the same social-media or chat thread, or the
 * same category within 250 m and 7 days (both configurable). This is only a suggestion that
 * Diskominfo confirms or rejects in triage; the report gets its own case and process either way.
 * Anyone can post a report near a place, so nothing is joined on the finder's word alone.
 */
@Component
class DuplicateFinder {

    private static final double EARTH_RADIUS_M = 6_371_000;

    private final Complaints complaints;
    private final double radiusMeters;
    private final Duration window;

    DuplicateFinder(
            Complaints complaints,
            @Value("${tanggap.duplicates.radius-meters:250}") double radiusMeters,
            @Value("${tanggap.duplicates.window:P7D}") Duration window) {
        this.complaints = complaints;
        this.radiusMeters = radiusMeters;
        this.window = window;
    }

    /**
     * The case to suggest, if any. A call-center report (emergencies among them) gets no suggestion: a
     * caller on the phone is never put behind someone else's report. A resolved or closed case is no
     * candidate: a new message about it (or a new complaint in the same chat) is triaged as a new case.
     */
    Optional<Complaint> suggestionFor(
            Channel channel, String category, Double lat, Double lon, String threadId, Instant now) {
        if (channel == Channel.CALL_CENTER) {
            return Optional.empty();
        }
        if (threadId != null && !threadId.isBlank()) {
            // the latest case of the conversation that is still being handled
            Optional<Complaint> sameThread =
                    complaints.joinableInThread(threadId.trim()).stream().reduce((first, second) -> second);
            if (sameThread.isPresent()) {
                return sameThread;
            }
        }
        if (lat == null || lon == null) {
            return Optional.empty();
        }
        double dLat = Math.toDegrees(radiusMeters / EARTH_RADIUS_M);
        double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(lat)));
        return complaints
                .joinableInBox(category, now.minus(window), lat - dLat, lat + dLat, lon - dLon, lon + dLon)
                .stream()
                .filter(c -> distanceMeters(lat, lon, c.getLatitude(), c.getLongitude()) <= radiusMeters)
                .min(Comparator.comparingDouble(c -> distanceMeters(lat, lon, c.getLatitude(), c.getLongitude())));
    }

    static double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(a));
    }
}
