package id.tanggap.campaign;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads which platform, account and post a shared URL names, and compares links loosely. */
final class PostUrls {

    /** A post's address: platform, the post's key (X status id, Instagram shortcode, Facebook post id) and the account when the URL names it. */
    record PostRef(String platform, String key, String handle) {}

    private static final Pattern X_STATUS =
            Pattern.compile("^/([A-Za-z0-9_]{1,15})/status(?:es)?/(\\d{5,25})(?:/.*)?$");
    private static final Pattern IG_POST =
            Pattern.compile("^(?:/([A-Za-z0-9._]{1,30}))?/(?:p|reel|tv)/([A-Za-z0-9_-]{5,40})/?$");
    private static final Pattern FB_POST =
            Pattern.compile("^/([A-Za-z0-9.]{2,80})/(?:posts|videos)/([A-Za-z0-9_]{5,80})/?$");
    private static final Pattern FB_STORY = Pattern.compile("(?:^|&)story_fbid=([A-Za-z0-9_]{5,80})");

    private PostUrls() {}

    /** @return null when the URL is not a post on Facebook, Instagram or X */
    static PostRef parse(String url) {
        if (url == null || url.length() > 500) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (uri.getHost() == null
                || uri.getScheme() == null
                || !uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) {
            return null;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^(www\\.|m\\.|mobile\\.)", "");
        String path = uri.getPath() == null ? "" : uri.getPath();
        Matcher m;
        switch (host) {
            case "x.com", "twitter.com" -> {
                m = X_STATUS.matcher(path);
                return m.matches() ? new PostRef("X", m.group(2), m.group(1)) : null;
            }
            case "instagram.com" -> {
                m = IG_POST.matcher(path);
                return m.matches() ? new PostRef("INSTAGRAM", m.group(2), m.group(1)) : null;
            }
            case "facebook.com" -> {
                m = FB_POST.matcher(path);
                if (m.matches()) {
                    return new PostRef("FACEBOOK", m.group(2), m.group(1));
                }
                if (path.equals("/permalink.php") && uri.getRawQuery() != null) {
                    Matcher q = FB_STORY.matcher(uri.getRawQuery());
                    return q.find() ? new PostRef("FACEBOOK", q.group(1), null) : null;
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /** Lower-cased host and path without scheme, "www." and trailing slash: how links are compared. */
    static String normalize(String link) {
        if (link == null) {
            return "";
        }
        String s = link.trim()
                .toLowerCase(Locale.ROOT)
                .replaceFirst("^https?://", "")
                .replaceFirst("^www\\.", "");
        int hash = s.indexOf('#');
        if (hash >= 0) {
            s = s.substring(0, hash);
        }
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** Whether a post's links or text carry the content link. */
    static boolean carries(String contentUrl, Iterable<String> links, String text) {
        String target = normalize(contentUrl);
        for (String l : links) {
            if (normalize(l).startsWith(target)) {
                return true;
            }
        }
        return text != null
                && text.toLowerCase(Locale.ROOT)
                        .replace("https://", "")
                        .replace("http://", "")
                        .replace("www.", "")
                        .contains(target);
    }

    /** Whether a permalink names the same post as the reference. */
    static boolean samePost(String permalink, PostRef ref) {
        PostRef other = parse(permalink);
        return other != null
                && other.platform().equals(ref.platform())
                && other.key().equals(ref.key());
    }
}
