package id.tanggap.shared;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The door a complaint came in through; replies go out the same door. The social-media platforms and
 * WhatsApp are also the platforms of officials' accounts (the {@code platform} columns hold these names).
 */
public enum Channel {
    WEB,
    FACEBOOK,
    INSTAGRAM,
    X,
    WHATSAPP,
    CALL_CENTER,
    EMAIL,
    OPEN311,
    LAPOR;

    /** The platforms an official account may be registered on. */
    public static final Set<Channel> ACCOUNT_PLATFORMS = EnumSet.of(FACEBOOK, INSTAGRAM, X, WHATSAPP);

    /** Point 1 of the instruction: every echelon II and III official is active on these. */
    public static final Set<Channel> REQUIRED_FOR_OFFICIALS = EnumSet.of(FACEBOOK, INSTAGRAM, X);

    /** The channel a name stands for, as typed (case and surrounding spaces do not matter); empty for none. */
    public static Optional<Channel> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /**
     * The channel as people call it, written to stand inside a sentence ("Aduan diterima melalui formulir web"): what
     * residents and staff read, never the code. {@link #title()} starts it with a capital for lists and tables.
     */
    public String label() {
        return switch (this) {
            case WEB -> "formulir web";
            case FACEBOOK -> "Facebook";
            case INSTAGRAM -> "Instagram";
            case X -> "X";
            case WHATSAPP -> "WhatsApp";
            case CALL_CENTER -> "call center";
            case EMAIL -> "e-mail";
            case OPEN311 -> "Open311";
            case LAPOR -> "SP4N-LAPOR!";
        };
    }

    /** {@link #label()} with a capital first letter: "Formulir web", "Call center", "Facebook". */
    public String title() {
        String label = label();
        return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    public boolean isAccountPlatform() {
        return ACCOUNT_PLATFORMS.contains(this);
    }
}
