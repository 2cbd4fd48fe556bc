package id.tanggap.hoax;

import java.util.List;

/**
 * A post by a registered staff account, as a reading of the platform saw it: where it is, what it
 * links, and whom to tell (the person's work e-mail may be absent; their OPD's head is always told).
 */
public record SeenPost(
        String platform,
        String postId,
        String permalink,
        String text,
        List<String> links,
        String staffId,
        String staffName,
        String staffEmail,
        String opdCode) {}
