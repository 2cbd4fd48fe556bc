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

    public boolean isAccountPlatform() {
        return ACCOUNT_PLATFORMS.contains(this);
    }
}
