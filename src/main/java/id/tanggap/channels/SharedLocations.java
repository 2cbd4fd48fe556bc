package id.tanggap.channels;

import id.tanggap.complaint.Complaint;
import id.tanggap.complaint.Complaints;
import id.tanggap.notification.Mailer;
import id.tanggap.place.Places;
import id.tanggap.routing.Opds;
import id.tanggap.shared.TanggapProperties;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A place the complainant shared after the case was registered (a WhatsApp location, a later message with
 * coordinates), handled by ChannelMedia's sweep: in triage it moves the case and its region, which routing then
 * uses; after disposition the case is not re-routed by it (docs/channels/complainant-notices.md): the staff timeline
 * keeps it and the OPD's address is e-mailed, once per shared place.
 */
@Component
class SharedLocations {

    private static final Logger log = LoggerFactory.getLogger(SharedLocations.class);

    private final Complaints complaints;
    private final Places places;
    private final Opds opds;
    private final Mailer mailer;
    private final TanggapProperties properties;
    private final Clock clock;

    SharedLocations(
            Complaints complaints, Places places, Opds opds, Mailer mailer, TanggapProperties properties, Clock clock) {
        this.complaints = complaints;
        this.places = places;
        this.opds = opds;
        this.mailer = mailer;
        this.properties = properties;
        this.clock = clock;
    }

    /** {@code mediaId}: the queued reference (channel_media), which makes the timeline entry and e-mail once only. */
    void take(long mediaId, long caseId, double latitude, double longitude) {
        String region = places.regionOf(latitude, longitude, null);
        String key = "shared-location:" + mediaId;
        Complaints.SharedPlace use =
                complaints.locationShared(caseId, latitude, longitude, region, key, clock.instant());
        if (use != Complaints.SharedPlace.TOLD_TO_OPD) {
            return;
        }
        Complaint c = complaints.load(caseId);
        String to = opds.emailOf(c.getOpdCode()).orElse(null);
        if (to == null) {
            log.warn(
                    "case {}: a place shared after disposition, but OPD {} has no e-mail",
                    c.getTicket(),
                    c.getOpdCode());
            return;
        }
        String point = String.format(Locale.ROOT, "%.6f, %.6f", latitude, longitude);
        mailer.sendOnce(
                key,
                c.getId(),
                to,
                "[Tanggap] Pelapor aduan " + c.getTicket() + " membagikan titik lokasi",
                "shared-location",
                Map.of(
                        "opd", opds.nameOf(c.getOpdCode()),
                        "ticket", c.getTicket(),
                        "point", point,
                        "region", region == null ? "tidak dikenali dari titik itu" : region,
                        "mapUrl",
                                String.format(
                                        Locale.ROOT,
                                        "https://www.openstreetmap.org/?mlat=%.6f&mlon=%.6f#map=17/%.6f/%.6f",
                                        latitude,
                                        longitude,
                                        latitude,
                                        longitude),
                        "trackingUrl", properties.trackingUrl(c.getTicket())));
    }
}
