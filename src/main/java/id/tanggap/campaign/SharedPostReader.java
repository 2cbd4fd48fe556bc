package id.tanggap.campaign;

import id.tanggap.channels.ChannelProperties;
import id.tanggap.channels.GraphApiClient;
import id.tanggap.channels.PublicPost;
import id.tanggap.channels.XApiClient;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads staff members' public posts through the platform adapters with the province's reader
 * credentials: X by post id (tweet lookup) and by search for the content link; Facebook Pages
 * through the Graph API; Instagram professional accounts by business discovery. Facebook personal
 * profiles and private or personal Instagram accounts cannot be read by any API Meta offers.
 */
@Component
class SharedPostReader {

    private final GraphApiClient graph;
    private final XApiClient x;
    private final ChannelProperties channels;

    SharedPostReader(GraphApiClient graph, XApiClient x, ChannelProperties channels) {
        this.graph = graph;
        this.x = x;
        this.channels = channels;
    }

    boolean configured(String platform) {
        return switch (platform) {
            case "X" -> present(channels.x().appBearerToken());
            case "INSTAGRAM" ->
                present(channels.meta().readerToken())
                        && present(channels.meta().instagramReaderId());
            case "FACEBOOK" -> present(channels.meta().readerToken());
            default -> false;
        };
    }

    /** One X post by id; null when X does not have it or it is not public. */
    PublicPost tweet(String id) {
        return x.tweet(id, channels.x().appBearerToken());
    }

    /** Public X posts since a time that link the URL. */
    List<PublicPost> xPostsLinking(String contentUrl, Instant since) {
        return x.searchRecent(
                "url:\"" + contentUrl.replace("\"", "") + "\" -is:retweet",
                since,
                channels.x().appBearerToken());
    }

    /** A Facebook Page's or an Instagram professional account's posts since a time, newest first. */
    List<PublicPost> postsOf(String platform, String handle, Instant since) {
        return "INSTAGRAM".equals(platform)
                ? graph.instagramMediaOf(
                        channels.meta().instagramReaderId(),
                        handle,
                        since,
                        channels.meta().readerToken())
                : graph.pagePosts(handle, since, channels.meta().readerToken());
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
