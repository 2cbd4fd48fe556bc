package id.tanggap.channels;

import com.fasterxml.jackson.databind.JsonNode;
import id.tanggap.shared.Channel;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads X Account Activity deliveries (docs/channels/FORMATS.md): tweets that mention or reply to
 * the official account and direct messages to it; the account's own tweets and messages are skipped.
 */
final class XWebhookParser {

    private XWebhookParser() {}

    static List<ChannelMessage> parse(JsonNode root) {
        String forUser = root.path("for_user_id").asText();
        List<ChannelMessage> out = new ArrayList<>();
        for (JsonNode t : root.path("tweet_create_events")) {
            String author = t.path("user").path("id_str").asText();
            if (t.has("retweeted_status")) {
                continue;
            }
            if (forUser.equals(author)) {
                // the account's own reply tweet: a response posted on the platform to the tweet it answers
                String replyTo = t.path("in_reply_to_status_id_str").asText(null);
                if (replyTo != null) {
                    String own = t.path("id_str").asText();
                    out.add(new ChannelMessage(
                            Channel.X,
                            "X",
                            forUser,
                            own,
                            author,
                            null,
                            t.path("text").asText(),
                            replyTo,
                            replyTo,
                            true,
                            List.of()));
                }
                continue;
            }
            boolean mentions = false;
            for (JsonNode m : t.path("entities").path("user_mentions")) {
                mentions |= forUser.equals(m.path("id_str").asText());
            }
            if (!mentions && !forUser.equals(t.path("in_reply_to_user_id_str").asText())) {
                continue;
            }
            String text = t.path("truncated").asBoolean(false)
                    ? t.path("extended_tweet")
                            .path("full_text")
                            .asText(t.path("text").asText())
                    : t.path("text").asText();
            String id = t.path("id_str").asText();
            out.add(new ChannelMessage(
                    Channel.X,
                    "X",
                    forUser,
                    id,
                    author,
                    t.path("user").path("name").asText() + " (@"
                            + t.path("user").path("screen_name").asText() + ")",
                    text,
                    id,
                    null,
                    false,
                    tweetPlace(t)));
        }
        for (JsonNode dm : root.path("direct_message_events")) {
            if (!"message_create".equals(dm.path("type").asText())) {
                continue;
            }
            String sender = dm.path("message_create").path("sender_id").asText();
            if (forUser.equals(sender)) {
                continue;
            }
            JsonNode user = root.path("users").path(sender);
            String name = user.isMissingNode()
                    ? null
                    : user.path("name").asText() + " (@"
                            + user.path("screen_name").asText() + ")";
            out.add(new ChannelMessage(
                    Channel.X,
                    "X",
                    forUser,
                    "dm:" + dm.path("id").asText(),
                    sender,
                    name,
                    dm.path("message_create").path("message_data").path("text").asText(),
                    "dm:" + forUser + ":" + sender,
                    null,
                    false,
                    dmPhoto(dm.path("message_create").path("message_data").path("attachment"))));
        }
        return out;
    }

    /** A tweet's exact place, when the author shared one: GeoJSON order, longitude first. */
    private static List<String> tweetPlace(JsonNode t) {
        JsonNode point = t.path("coordinates").path("coordinates");
        String geo = point.size() == 2 ? MetaWebhookParser.geo(point.get(1), point.get(0)) : null;
        return geo == null ? List.of() : List.of(geo);
    }

    /**
     * The photo of a direct message, as {@link #X_MEDIA} + its URL: X serves DM media only to a request made for the
     * receiving account, so ChannelMedia reads it with the account's token.
     */
    private static List<String> dmPhoto(JsonNode attachment) {
        JsonNode media = attachment.path("media");
        return "media".equals(attachment.path("type").asText()) && media.hasNonNull("media_url_https")
                ? List.of(X_MEDIA + media.path("media_url_https").asText())
                : List.of();
    }

    static final String X_MEDIA = "x-media:";
}
