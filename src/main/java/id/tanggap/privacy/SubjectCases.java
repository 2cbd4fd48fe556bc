package id.tanggap.privacy;

import id.tanggap.complaint.ComplaintStatus;
import id.tanggap.shared.Channel;
import id.tanggap.shared.PersonalDataCipher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The cases whose reporter gave a contact, with the personal data held in them. Contacts are encrypted
 * with a random IV, so they cannot be searched by value: the cases with a contact and personal data are
 * read and decrypted one by one. That costs a few milliseconds per thousand cases and runs only when a
 * subject proved control of a contact; a keyed hash column would make it a lookup if volumes ever need it.
 * Anonymous reports store no contact and are never found.
 */
@Component
class SubjectCases {

    record HeldCase(
            long id,
            String ticket,
            String channel,
            String status,
            Instant createdAt,
            String name,
            String contact,
            String address,
            Double latitude,
            Double longitude,
            List<String> photos) {

        /** The channel as people call it ("Formulir web", "Call center"), not its code. */
        public String channelLabel() {
            return Channel.parse(channel).map(Channel::title).orElse(channel);
        }

        /** The status as the tracking page says it ("Aduan diterima"), not its code. */
        public String statusLabel() {
            for (ComplaintStatus s : ComplaintStatus.values()) {
                if (s.name().equals(status)) {
                    return s.label();
                }
            }
            return status;
        }
    }

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;

    SubjectCases(JdbcTemplate jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    static String normalise(String contact) {
        return contact == null ? "" : contact.strip().toLowerCase(Locale.ROOT);
    }

    List<HeldCase> of(String contact) {
        String wanted = normalise(contact);
        List<HeldCase> found = new ArrayList<>();
        jdbc.query(
                "SELECT id, ticket, channel, status, created_at, reporter_name, reporter_contact, address, latitude, longitude"
                        + " FROM complaint WHERE reporter_contact IS NOT NULL AND personal_data_erased_at IS NULL ORDER BY id",
                rs -> {
                    String stored = cipher.decrypt(rs.getString("reporter_contact"));
                    if (!wanted.isEmpty() && normalise(stored).equals(wanted)) {
                        long id = rs.getLong("id");
                        found.add(new HeldCase(
                                id,
                                rs.getString("ticket"),
                                rs.getString("channel"),
                                rs.getString("status"),
                                rs.getTimestamp("created_at").toInstant(),
                                cipher.decrypt(rs.getString("reporter_name")),
                                stored,
                                rs.getString("address"),
                                rs.getObject("latitude") == null ? null : rs.getDouble("latitude"),
                                rs.getObject("longitude") == null ? null : rs.getDouble("longitude"),
                                List.of()));
                    }
                });
        return found.stream()
                .map(c -> new HeldCase(
                        c.id(),
                        c.ticket(),
                        c.channel(),
                        c.status(),
                        c.createdAt(),
                        c.name(),
                        c.contact(),
                        c.address(),
                        c.latitude(),
                        c.longitude(),
                        jdbc.queryForList(
                                "SELECT url FROM complaint_attachment WHERE complaint_id = ? ORDER BY position_no",
                                String.class,
                                c.id())))
                .toList();
    }
}
