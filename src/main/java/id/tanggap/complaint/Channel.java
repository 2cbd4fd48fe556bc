package id.tanggap.complaint;

/** The door a complaint came in through; replies go out the same door. */
public enum Channel {
    WEB,
    FACEBOOK,
    INSTAGRAM,
    X,
    WHATSAPP,
    CALL_CENTER,
    EMAIL,
    OPEN311,
    LAPOR
}
