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

    @Test
    void peopleReadAChannelByItsNameNeverItsCode() {
        assertThat(Channel.WEB.label()).isEqualTo("formulir web");
        assertThat(Channel.CALL_CENTER.label()).isEqualTo("call center");
        assertThat(Channel.LAPOR.label()).isEqualTo("SP4N-LAPOR!");
        assertThat(Channel.WEB.title()).isEqualTo("Formulir web");
        assertThat(Channel.FACEBOOK.title()).isEqualTo("Facebook");
        for (Channel c : Channel.values()) {
            if (c != Channel.X) {
                assertThat(c.label()).as(c.name()).isNotEqualTo(c.name());
            }
        }
    }
}
