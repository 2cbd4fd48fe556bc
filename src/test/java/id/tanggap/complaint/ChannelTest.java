package id.tanggap.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.shared.Channel;
import org.junit.jupiter.api.Test;

class ChannelTest {

    @Test
    void aPlatformNameIsReadAsTypedAndAnUnknownOneIsNone() {
        assertThat(Channel.parse(" facebook ")).contains(Channel.FACEBOOK);
        assertThat(Channel.parse("x")).contains(Channel.X);
        assertThat(Channel.parse("TIKTOK")).isEmpty();
        assertThat(Channel.parse(null)).isEmpty();
    }

    @Test
    void officialAccountsLiveOnTheSocialMediaAndWhatsApp() {
        assertThat(Channel.FACEBOOK.isAccountPlatform()).isTrue();
        assertThat(Channel.WHATSAPP.isAccountPlatform()).isTrue();
        assertThat(Channel.WEB.isAccountPlatform()).isFalse();
        assertThat(Channel.REQUIRED_FOR_OFFICIALS).doesNotContain(Channel.WHATSAPP);
    }
}
