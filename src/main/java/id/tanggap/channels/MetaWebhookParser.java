package id.tanggap.channels;

import com.fasterxml.jackson.databind.JsonNode;
import id.tanggap.shared.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads Meta webhook deliveries (docs/channels/FORMATS.md): Facebook Page feed comments and
 * mentions, Messenger and Instagram direct messages, Instagram comments and mentions, WhatsApp
 * Cloud messages. The account's own posts and echoes, statuses and other kinds of message are skipped.
 * Photos and shared locations of WhatsApp and direct messages travel as media references: {@link #WHATSAPP_MEDIA}
 * + the WhatsApp media id (downloaded through the Graph API's media endpoint), {@link #IMAGE} + the URL of a
 * Messenger/Instagram attachment, and a {@code geo:lat,lon} URI (RFC 5870) for a shared location; see ChannelMedia.
 */
final class MetaWebhookParser {

    /** Reads an Instagram @mention's text (the webhook carries only ids): (igUserId, commentId) -> [text, username] or null. */
    interface MentionReader extends BiFunction<String, String, String[]> {}

    static final String WHATSAPP_MEDIA = "wa-media:";
    static final String IMAGE = "img:";

    private MetaWebhookParser() {}

    /** A shared location as a geo URI (RFC 5870), or null when the coordinates are missing. */
    static String geo(JsonNode lat, JsonNode lon) {
        return lat.isNumber() && lon.isNumber() ? "geo:" + lat.asDouble() + "," + lon.asDouble() : null;
    }

    /** The text of a message that is only a shared place: its name and address as the person's app sent them. */
    private static String sharedPlace(String name, String address) {
        String place = String.join(
                ", ",
                java.util.stream.Stream.of(name, address)
                        .filter(x -> x != null && !x.isBlank())
                        .toList());
        return place.isEmpty() ? "Lokasi dibagikan" : "Lokasi dibagikan: " + place;
    }

    static List<ChannelMessage> parse(JsonNode root, MentionReader mentions) {
        String object = root.path("object").asText();
        List<ChannelMessage> out = new ArrayList<>();
        for (JsonNode entry : root.path("entry")) {
            String accountId = entry.path("id").asText();
            switch (object) {
                case "page" -> {
                    for (JsonNode change : entry.path("changes")) {
                        pageChange(accountId, change.path("field").asText(), change.path("value"), out);
                    }
                    messaging(Channel.FACEBOOK, "FACEBOOK", entry, out);
                }
                case "instagram" -> {
                    for (JsonNode change : entry.path("changes")) {
                        instagramChange(accountId, change.path("field").asText(), change.path("value"), mentions, out);
                    }
                    if (entry.has("field")) { // the flat form of Instagram Login webhooks
                        instagramChange(accountId, entry.path("field").asText(), entry.path("value"), mentions, out);
                    }
                    messaging(Channel.INSTAGRAM, "INSTAGRAM", entry, out);
                }
                case "whatsapp_business_account" -> {
                    for (JsonNode change : entry.path("changes")) {
                        whatsApp(change.path("value"), out);
                    }
                }
                default -> {}
            }
        }
        return out;
    }

    private static void pageChange(String pageId, String field, JsonNode v, List<ChannelMessage> out) {
        if ("feed".equals(field)
                && "comment".equals(v.path("item").asText())
                && "add".equals(v.path("verb").asText())) {
            String from = v.path("from").path("id").asText(v.path("sender_id").asText());
            String comment = v.path("comment_id").asText();
            String parent = v.path("parent_id").asText("");
            if (pageId.equals(from)) {
                // the page's own reply: a response posted on the platform to the comment it answers
                out.add(new ChannelMessage(
                        Channel.FACEBOOK,
                        "FACEBOOK",
                        pageId,
                        comment,
                        from,
                        null,
                        v.path("message").asText(null),
                        parent,
                        parent.isEmpty() ? null : parent,
                        true,
                        List.of()));
                return;
            }
            String thread = parent.isEmpty() || parent.equals(v.path("post_id").asText()) ? comment : parent;
            List<String> media = new ArrayList<>();
            for (String kind : List.of("photo", "video")) {
                if (v.hasNonNull(kind)) {
                    media.add(v.path(kind).asText());
                }
            }
            out.add(new ChannelMessage(
                    Channel.FACEBOOK,
                    "FACEBOOK",
                    pageId,
                    comment,
                    from,
                    v.path("from").path("name").asText(v.path("sender_name").asText(null)),
                    v.path("message").asText(null),
                    thread,
                    parent.isEmpty() ? null : parent,
                    false,
                    media));
        } else if ("mention".equals(field) && "add".equals(v.path("verb").asText())) {
            String id = v.hasNonNull("comment_id")
                    ? v.path("comment_id").asText()
                    : v.path("post_id").asText();
            out.add(new ChannelMessage(
                    Channel.FACEBOOK,
                    "FACEBOOK",
                    pageId,
                    id,
                    v.path("sender_id").asText(null),
                    v.path("sender_name").asText(null),
                    v.path("message").asText(null),
                    id));
        }
    }

    private static void instagramChange(
            String igId, String field, JsonNode v, MentionReader mentions, List<ChannelMessage> out) {
        if ("comments".equals(field)) {
            String from = v.path("from").path("id").asText();
            String id = v.path("id").asText();
            if (igId.equals(from)) {
                // the account's own reply to a comment: a response posted on the platform
                String parent = v.path("parent_id").asText(null);
                out.add(new ChannelMessage(
                        Channel.INSTAGRAM,
                        "INSTAGRAM",
                        igId,
                        id,
                        from,
                        null,
                        v.path("text").asText(null),
                        parent,
                        parent,
                        true,
                        List.of()));
                return;
            }
            String thread = v.hasNonNull("parent_id") ? v.path("parent_id").asText() : id;
            out.add(new ChannelMessage(
                    Channel.INSTAGRAM,
                    "INSTAGRAM",
                    igId,
                    id,
                    from,
                    "@" + v.path("from").path("username").asText(),
                    v.path("text").asText(null),
                    thread));
        } else if ("mentions".equals(field) && v.hasNonNull("comment_id")) {
            String commentId = v.path("comment_id").asText();
            String[] read = mentions.apply(igId, commentId);
            if (read != null) {
                out.add(new ChannelMessage(
                        Channel.INSTAGRAM, "INSTAGRAM", igId, commentId, null, "@" + read[1], read[0], commentId));
            }
        }
    }

    private static void messaging(Channel channel, String platform, JsonNode entry, List<ChannelMessage> out) {
        for (JsonNode m : entry.path("messaging")) {
            JsonNode message = m.path("message");
            if (message.isMissingNode() || message.path("is_echo").asBoolean(false)) {
                continue;
            }
            // photos and a shared location come as attachments, with or without text
            List<String> media = new ArrayList<>();
            String place = null;
            for (JsonNode a : message.path("attachments")) {
                JsonNode payload = a.path("payload");
                if ("image".equals(a.path("type").asText()) && payload.hasNonNull("url")) {
                    media.add(IMAGE + payload.path("url").asText());
                } else if ("location".equals(a.path("type").asText())) {
                    String geo = geo(
                            payload.path("coordinates").path("lat"),
                            payload.path("coordinates").path("long"));
                    if (geo != null) {
                        media.add(geo);
                        place = sharedPlace(a.path("title").asText(null), null);
                    }
                }
            }
            if (!message.hasNonNull("text") && media.isEmpty()) {
                continue;
            }
            String account =
                    m.path("recipient").path("id").asText(entry.path("id").asText());
            String sender = m.path("sender").path("id").asText();
            out.add(new ChannelMessage(
                    channel,
                    platform,
                    account,
                    "msg:" + message.path("mid").asText(),
                    sender,
                    null,
                    message.hasNonNull("text") ? message.path("text").asText() : place != null ? place : "Foto dikirim",
                    "msg:" + account + ":" + sender,
                    null,
                    false,
                    media));
        }
    }

    private static void whatsApp(JsonNode v, List<ChannelMessage> out) {
        String phoneNumberId = v.path("metadata").path("phone_number_id").asText();
        for (JsonNode m : v.path("messages")) {
            String type = m.path("type").asText();
            String text;
            List<String> media = new ArrayList<>();
            switch (type) {
                case "text" -> text = m.path("text").path("body").asText(null);
                case "image" -> {
                    // the photo itself is fetched later by its media id (GET /{media-id}, then its url)
                    media.add(WHATSAPP_MEDIA + m.path("image").path("id").asText());
                    text = m.path("image").path("caption").asText("Foto dikirim");
                }
                case "location" -> {
                    JsonNode l = m.path("location");
                    String geo = geo(l.path("latitude"), l.path("longitude"));
                    if (geo == null) {
                        continue;
                    }
                    media.add(geo);
                    text = sharedPlace(
                            l.path("name").asText(null), l.path("address").asText(null));
                }
                default -> {
                    continue;
                }
            }
            String from = m.path("from").asText();
            String name = null;
            for (JsonNode c : v.path("contacts")) {
                if (from.equals(c.path("wa_id").asText())) {
                    name = c.path("profile").path("name").asText(null);
                }
            }
            out.add(new ChannelMessage(
                    Channel.WHATSAPP,
                    "WHATSAPP",
                    phoneNumberId,
                    m.path("id").asText(),
                    from,
                    name,
                    text,
                    "wa:" + phoneNumberId + ":" + from,
                    null,
                    false,
                    media));
        }
    }
}
