package id.tanggap.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.testsupport.Api;
import id.tanggap.testsupport.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 20, finding 10: the public directory names officials and their accounts, but shows no NIP (birth date and sex). */
class DirectoryPrivacyIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noPublicFormOfTheDirectoryCarriesAnNip() {
        Api api = new Api(port);
        List<String> nips = jdbc.queryForList("SELECT nip FROM official", String.class);
        assertThat(nips).isNotEmpty();

        var all = api.get("/api/directory");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().findValuesAsText("name")).isNotEmpty();
        assertThat(all.json().findValues("nip")).isEmpty();
        assertThat(all.json().findValuesAsText("handle")).isNotEmpty();

        for (String path : List.of(
                "/api/directory", "/api/directory/DLHK", "/direktori", "/direktori/DLHK", "/direktori/DLHK/embed.js")) {
            String body = api.get(path).body();
            assertThat(nips).as(path).allSatisfy(nip -> assertThat(body).doesNotContain(nip));
        }
    }
}
