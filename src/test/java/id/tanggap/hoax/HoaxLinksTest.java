package id.tanggap.hoax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How register entries and links are compared: the same article however it is written, not another one. */
class HoaxLinksTest {

    @Test
    void aUrlEntryMatchesTheSameArticleWrittenDifferently() {
        HoaxLinks.Key key = HoaxLinks.parse("http://www.Situs-Hoaks.example/berita/vaksin/");
        assertThat(key.kind()).isEqualTo(HoaxLinks.Kind.URL);
        assertThat(key.value()).isEqualTo("situs-hoaks.example/berita/vaksin");
        assertThat(List.of(
                        "https://situs-hoaks.example/berita/vaksin",
                        "https://www.situs-hoaks.example/berita/vaksin/?utm_source=wa&utm_medium=share&fbclid=IwAR0",
                        "http://situs-hoaks.example:80/berita/vaksin#komentar".replace(":80", ""),
                        "https://situs-hoaks.example/berita/vaksin?igshid=abc&si=x"))
                .allSatisfy(link -> assertThat(HoaxLinks.urlKey(link)).isEqualTo(key.value()));
        // another article, or the same path with a meaningful parameter, is not the same
        assertThat(HoaxLinks.urlKey("https://situs-hoaks.example/berita/vaksin-2"))
                .isNotEqualTo(key.value());
        assertThat(HoaxLinks.urlKey("https://situs-hoaks.example/berita/vaksin?id=7"))
                .isNotEqualTo(key.value());
        assertThat(HoaxLinks.urlKey("https://situs-hoaks.example/Berita/Vaksin"))
                .isNotEqualTo(key.value());
    }

    @Test
    void aDomainEntryCoversItsSubdomainsButNotLookAlikes() {
        HoaxLinks.Key key = HoaxLinks.parse("https://www.kabar-palsu.example/");
        assertThat(key).isEqualTo(new HoaxLinks.Key(HoaxLinks.Kind.DOMAIN, "kabar-palsu.example"));
        assertThat(HoaxLinks.parse("kabar-palsu.example")).isEqualTo(key);
        assertThat(HoaxLinks.inDomain(HoaxLinks.hostOfLink("https://m.kabar-palsu.example/a"), key.value()))
                .isTrue();
        assertThat(HoaxLinks.inDomain(HoaxLinks.hostOfLink("https://bukan-kabar-palsu.example/a"), key.value()))
                .isFalse();
        assertThat(HoaxLinks.inDomain(HoaxLinks.hostOfLink("https://kabar-palsu.example.evil.example/"), key.value()))
                .isFalse();
    }

    @Test
    void whatIsNoLinkOrDomainIsRefused() {
        assertThat(HoaxLinks.parse("<script>alert(1)</script>")).isNull();
        assertThat(HoaxLinks.parse("javascript:alert(1)")).isNull();
        assertThat(HoaxLinks.parse("bukan alamat")).isNull();
        assertThat(HoaxLinks.parse("localhost")).isNull();
        assertThat(HoaxLinks.parse("")).isNull();
    }

    @Test
    void linksWrittenInTheTextCountAsWellAsTheListedOnes() {
        assertThat(HoaxLinks.linksOf(List.of("https://a.example/x"), "Baca (https://b.example/y). Bagikan!"))
                .containsExactly("https://a.example/x", "https://b.example/y");
    }
}
