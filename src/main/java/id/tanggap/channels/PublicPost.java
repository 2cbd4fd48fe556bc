package id.tanggap.channels;

import java.time.Instant;
import java.util.List;

/**
 * A public post as a platform API returns it: the author's handle, when it was posted, its
 * permalink, its text and the links it carries (X: expanded URLs; Facebook: attachment URLs).
 */
public record PublicPost(
        String platform,
        String id,
        String authorHandle,
        Instant postedAt,
        String permalink,
        String text,
        List<String> links) {}
