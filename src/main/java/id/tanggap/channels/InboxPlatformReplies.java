package id.tanggap.channels;

import id.tanggap.inbox.PlatformReplies;
import id.tanggap.officials.OfficialAccount;
import id.tanggap.officials.OfficialAccounts;
import org.springframework.stereotype.Component;

/**
 * The social inbox's answers, posted with the platform clients the case replies use: a reply under the
 * comment or tweet, or a direct message (Messenger, Instagram, X, WhatsApp) to its sender.
 */
@Component
class InboxPlatformReplies implements PlatformReplies {

    private final GraphApiClient graph;
    private final XApiClient x;
    private final OfficialAccounts accounts;

    InboxPlatformReplies(GraphApiClient graph, XApiClient x, OfficialAccounts accounts) {
        this.graph = graph;
        this.x = x;
        this.accounts = accounts;
    }

    @Override
    public String post(Reply r) {
        String token = token(r.platform(), r.accountId());
        String id = r.platformMessageId();
        boolean direct = id.startsWith("msg:") || id.startsWith("dm:");
        return switch (r.platform()) {
            case "FACEBOOK" ->
                direct ? graph.sendMessage(r.senderId(), r.text(), token) : graph.replyToComment(id, r.text(), token);
            case "INSTAGRAM" ->
                direct
                        ? graph.sendMessage(r.senderId(), r.text(), token)
                        : graph.replyToInstagramComment(id, r.text(), token);
            case "WHATSAPP" -> graph.sendWhatsAppText(r.accountId(), r.senderId(), r.text(), token);
            case "X" ->
                direct ? x.sendDirectMessage(r.senderId(), r.text(), token) : x.replyToTweet(id, r.text(), token);
            default -> throw new PlatformException("no replies on " + r.platform(), true);
        };
    }

    private String token(String platform, String accountId) {
        OfficialAccount account = accounts.onPlatform(platform, accountId)
                .orElseThrow(() -> new PlatformException("no official " + platform + " account " + accountId, true));
        if (account.getAccessToken() == null || account.getAccessToken().isBlank()) {
            throw new PlatformException(
                    "the " + platform + " account " + account.getHandle() + " has no access token", true);
        }
        return account.getAccessToken();
    }
}
