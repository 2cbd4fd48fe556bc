package id.tanggap.inbox;

/** A saved reply Diskominfo answers questions with (table social_saved_reply); public for the page template. */
public record SavedReply(long id, String title, String body) {}
