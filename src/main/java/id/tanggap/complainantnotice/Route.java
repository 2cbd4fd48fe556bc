package id.tanggap.complainantnotice;

/** Where a complainant hears of a change: the door their complaint came in through, or the one their contact allows. */
enum Route {
    EMAIL,
    WHATSAPP,
    /** Messenger or Instagram direct message. */
    DIRECT_MESSAGE,
    /**
     * A public reply under the Facebook or Instagram comment: ticket and status only; the rating code goes as Meta's
     * private reply to the comment (within 7 days of it).
     */
    COMMENT_REPLY,
    /** A public reply tweet: ticket and status only. */
    X_REPLY,
    X_DIRECT_MESSAGE,
    SMS,
    /** A call-back task for the call center (complainant-callback.bpmn), for callers with a phone number only. */
    CALLBACK,
    /** The status reported back to SP4N-LAPOR!, which tells its own reporter. */
    LAPOR,
    /** Nothing to send: the complainant reads it on /lacak with the ticket. */
    TRACKING_PAGE
}
