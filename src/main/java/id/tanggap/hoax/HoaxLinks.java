package id.tanggap.hoax;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a typed address and a link in a post are compared: scheme, a leading {@code www.}, the port, a
 * trailing slash, the fragment and tracking parameters (utm_*, fbclid, gclid, ...) do not matter;
 * host names are compared in lower case, paths as they are.
 */
final class HoaxLinks {

    enum Kind {
        URL,
        DOMAIN
    }

    /** A register entry's kind and the key it is matched on. */
    record Key(Kind kind, String value) {}

    private static final Set<String> TRACKING = Set.of(
            "fbclid",
            "gclid",
            "dclid",
            "msclkid",
            "igshid",
            "igsh",
            "mc_cid",
            "mc_eid",
            "ref_src",
            "ref_url",
            "_ga",
            "si",
            "mibextid");
    private static final Pattern DOMAIN =
            Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);

    private HoaxLinks() {}

    /** What Diskominfo typed as a register entry: a domain (no path) or a URL; null when it is neither. */
    static Key parse(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 2000) {
            return null;
        }
        String t = typed.trim();
        boolean hasScheme = t.matches("(?i)^https?://.*");
        String bare = hasScheme ? t.replaceFirst("(?i)^https?://", "") : t;
        if (!bare.contains("/") && !bare.contains("?") || bare.matches("[^/?#]+/?")) {
            String host = host(bare.replaceFirst("/$", ""));
            return host == null ? null : new Key(Kind.DOMAIN, host);
        }
        String key = urlKey(hasScheme ? t : "https://" + t);
        return key == null ? null : new Key(Kind.URL, key);
    }

    /** The comparison key of an absolute http(s) link: host without www, path without trailing slash, sorted non-tracking parameters. */
    static String urlKey(String url) {
        try {
            URI u = new URI(url.trim());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return null;
            }
            String host = host(u.getHost());
            if (host == null) {
                return null;
            }
            String path = u.getRawPath() == null ? "" : u.getRawPath().replaceAll("/+$", "");
            String query = u.getRawQuery() == null
                    ? ""
                    : Arrays.stream(u.getRawQuery().split("&"))
                            .filter(p -> !p.isBlank())
                            .filter(p -> {
                                String name = p.split("=", 2)[0].toLowerCase(Locale.ROOT);
                                return !name.startsWith("utm_") && !TRACKING.contains(name);
                            })
                            .sorted()
                            .collect(Collectors.joining("&"));
            return host + path + (query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The host of a link in lower case without a leading www.; null when it is no host name. */
    static String host(String host) {
        if (host == null) {
            return null;
        }
        String h = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").replaceFirst("\\.$", "");
        return DOMAIN.matcher(h).matches() ? h : null;
    }

    /** The host of an absolute link, normalised; null when it has none. */
    static String hostOfLink(String url) {
        try {
            return host(new URI(url.trim()).getHost());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The links a post carries: the ones the platform lists and the ones written in its text. */
    static List<String> linksOf(List<String> listed, String text) {
        List<String> out = new ArrayList<>();
        if (listed != null) {
            listed.stream().filter(l -> l != null && !l.isBlank()).forEach(out::add);
        }
        if (text != null) {
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                out.add(m.group().replaceAll("[.,;:!?)\\]]+$", ""));
            }
        }
        return out;
    }

    /** Whether a link's host is the domain or one of its subdomains. */
    static boolean inDomain(String linkHost, String domain) {
        return linkHost != null && (linkHost.equals(domain) || linkHost.endsWith("." + domain));
    }
}
