package id.tanggap.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which post a shared URL names, and when a post carries the campaign's content link. */
class PostUrlsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            nullValues = "null",
            value = {
                "https://x.com/lalu_satria/status/1860000000000000001, X, 1860000000000000001, lalu_satria",
                "https://twitter.com/lalu_satria/status/1860000000000000001?s=20, X, 1860000000000000001, lalu_satria",
                "https://mobile.twitter.com/lalu_satria/status/1860000000000000001/photo/1, X, 1860000000000000001, lalu_satria",
                "https://www.instagram.com/p/DKtanggap01/, INSTAGRAM, DKtanggap01, null",
                "https://instagram.com/reel/DKreel_02?igsh=abc, INSTAGRAM, DKreel_02, null",
                "https://www.facebook.com/dinas.pupr.ntb/posts/pfbid02Xy7, FACEBOOK, pfbid02Xy7, dinas.pupr.ntb",
                "https://m.facebook.com/permalink.php?story_fbid=1234567890&id=100000000000001, FACEBOOK, 1234567890, null"
            })
    void readsThePostAPlatformUrlNames(String url, String platform, String key, String handle) {
        assertThat(PostUrls.parse(url)).isEqualTo(new PostUrls.PostRef(platform, key, handle));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            nullValues = "null",
            value = {
                "https://ntbprov.go.id/program/beasiswa",
                "https://x.com/lalu_satria",
                "ftp://x.com/a/status/123456",
                "bukan tautan",
                "null",
                "https://www.facebook.com/share/p/1AbCdEf/"
            })
    void anythingElseIsNotAPost(String url) {
        assertThat(PostUrls.parse(url)).isNull();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
        "https://ntbprov.go.id/program/beasiswa, https://ntbprov.go.id/program/beasiswa/, '', true",
        "https://ntbprov.go.id/program/beasiswa, http://www.ntbprov.go.id/program/beasiswa?utm_source=x, '', true",
        "https://ntbprov.go.id/program/beasiswa, '', 'Daftar di ntbprov.go.id/program/beasiswa sekarang', true",
        "https://ntbprov.go.id/program/beasiswa, https://ntbprov.go.id/program/lain, 'Info beasiswa', false"
    })
    void aPostCarriesTheContentLinkInItsLinksOrItsText(String content, String link, String text, boolean carries) {
        assertThat(PostUrls.carries(content, link.isEmpty() ? List.of() : List.of(link), text))
                .isEqualTo(carries);
    }
}
