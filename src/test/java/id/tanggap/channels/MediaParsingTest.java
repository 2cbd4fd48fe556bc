package id.tanggap.channels;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.tanggap.shared.Channel;
import id.tanggap.testsupport.TestPlatforms;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Photos and shared locations in the platforms' documented webhook payloads (WhatsApp Cloud image and location
 * messages, Messenger attachments, an X tweet's coordinates and a direct message's photo) come out of the parsers
 * as media references, instead of the message being dropped or reduced to its text.
 */
class MediaParsingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<ChannelMessage> meta(String fixture) throws Exception {
        return MetaWebhookParser.parse(JSON.readTree(TestPlatforms.fixture(fixture)), (a, b) -> null);
    }

    @Test
    void aWhatsAppPhotoCarriesItsMediaIdAndItsCaptionIsTheText() throws Exception {
        List<ChannelMessage> out = meta("whatsapp-image-message.json");
        assertThat(out).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo(Channel.WHATSAPP);
            assertThat(m.text()).isEqualTo("Ini fotonya, talinya putus di sisi timur");
            assertThat(m.media()).containsExactly("wa-media:1013859600285441");
            assertThat(m.threadId()).isEqualTo("wa:106540352242922:6281917123456");
        });
    }

    @Test
    void aWhatsAppLocationIsAGeoUriAndItsNameAndAddressTheText() throws Exception {
        assertThat(meta("whatsapp-location-message.json")).singleElement().satisfies(m -> {
            assertThat(m.media()).containsExactly("geo:-8.5412,116.1021");
            assertThat(m.text())
                    .isEqualTo(
                            "Lokasi dibagikan: Jembatan gantung Lendang Bajur, Dusun Lendang Bajur, Gunungsari, Lombok Barat");
        });
        // a text message still has no media
        assertThat(meta("whatsapp-text-message.json"))
                .singleElement()
                .satisfies(m -> assertThat(m.media()).isEmpty());
    }

    @Test
    void aMessengerMessageWithOnlyAttachmentsIsKeptWithItsPhotoAndPlace() throws Exception {
        assertThat(meta("messenger-attachments.json")).singleElement().satisfies(m -> {
            assertThat(m.externalId()).isEqualTo("msg:m_AbCdEf0123456789ghIJklMNopQRstUVwxYZ-tanggap-fixture-0002");
            assertThat(m.media())
                    .containsExactly(
                            "img:https://scontent.xx.fbcdn.net/v/t1.15752-9/lampu-jalan-mati.jpg?_nc_cat=1&oh=abc&oe=6650F00D",
                            "geo:-8.5897,116.1032");
            assertThat(m.text()).isEqualTo("Lokasi dibagikan: SDN 20 Mataram");
        });
    }

    @Test
    void anXTweetsCoordinatesAndADirectMessagesPhotoAreCarried() throws Exception {
        ObjectNode tweet = (ObjectNode) JSON.readTree(TestPlatforms.fixture("x-tweet-mention.json"));
        ObjectNode t = (ObjectNode) tweet.path("tweet_create_events").get(0);
        // GeoJSON order: longitude, latitude
        t.putObject("coordinates")
                .put("type", "Point")
                .putArray("coordinates")
                .add(116.1032)
                .add(-8.5897);
        assertThat(XWebhookParser.parse(tweet))
                .singleElement()
                .satisfies(m -> assertThat(m.media()).containsExactly("geo:-8.5897,116.1032"));

        ObjectNode dm = (ObjectNode) JSON.readTree(TestPlatforms.fixture("x-direct-message.json"));
        JsonNode event = dm.path("direct_message_events").get(0);
        ((ObjectNode) event.path("message_create").path("message_data"))
                .putObject("attachment")
                .put("type", "media")
                .putObject("media")
                .put("type", "photo")
                .put("media_url_https", "https://ton.twitter.com/1.1/ton/data/dm/1/2/foto.jpg");
        assertThat(XWebhookParser.parse(dm))
                .filteredOn(m -> m.externalId().startsWith("dm:"))
                .singleElement()
                .satisfies(m -> assertThat(m.media())
                        .containsExactly("x-media:https://ton.twitter.com/1.1/ton/data/dm/1/2/foto.jpg"));
    }
}
