package id.tanggap.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tanggap.privacy.requests.*}: the data subject's door. code-ttl: how long an e-mailed code is
 * valid; max-attempts: wrong codes before it is void; session: how long a verified subject may look and
 * ask before proving control again; deadline: the legal time limit of an answer (UU 27/2022: 3 x 24
 * hours, docs/privacy.md); handler-mail: the e-mail address of the team that handles requests (the reminder at
 * the deadline goes there); codes-per-hour: codes one e-mail address may be sent in an hour, so that neither
 * asking again and again outruns max-attempts nor the address's owner is flooded with e-mails.
 */
@ConfigurationProperties("tanggap.privacy.requests")
record SubjectRequestProperties(
        @DefaultValue("PT15M") Duration codeTtl,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("PT30M") Duration session,
        @DefaultValue("PT72H") Duration deadline,
        @DefaultValue("ppid@tanggap.example") String handlerMail,
        @DefaultValue("3") int codesPerHour) {}
