package id.tanggap.inbox;

/** One row of the social inbox page (/kotak-masuk) as it shows it; the sender's name masked. */
public record InboxRow(
        long id,
        String channel,
        String account,
        String sender,
        String text,
        java.time.Instant received,
        String interactionClass,
        String classLabel,
        String confidence,
        String state,
        String stateLabel,
        String category,
        String urgency,
        String ticket,
        boolean open,
        boolean officiallyReplied) {}
