package id.tanggap.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The only links the application stores from what people type and later shows as a link: absolute
 * http(s) addresses with a host. Anything else ({@code javascript:}, {@code data:}, relative paths,
 * text with spaces) is refused, because a stored link is rendered to citizens and staff.
 */
public final class SafeLinks {

    private static final int MAX_LENGTH = 2000;

    private SafeLinks() {}

    /** The trimmed address if it is a safe http(s) link, otherwise {@code null}. */
    public static String httpOrNull(String url) {
        if (url == null) {
            return null;
        }
        String trimmed = url.trim();
        if (trimmed.isEmpty()
                || trimmed.length() > MAX_LENGTH
                || trimmed.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return null;
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null && !uri.getHost().isBlank() && uri.getRawUserInfo() == null
                    ? trimmed
                    : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Whether a present value is not a safe link (empty counts as absent, not as unsafe). */
    public static boolean unsafe(String url) {
        return url != null && !url.isBlank() && httpOrNull(url) == null;
    }

    /** The safe links of a list typed one per line (or separated by spaces or commas); unsafe ones are dropped. */
    public static List<String> httpLinksIn(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\s,]+"))
                .filter(s -> !s.isBlank())
                .map(SafeLinks::httpOrNull)
                .filter(s -> s != null)
                .toList();
    }
}
