package id.tanggap.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.shared.StaffUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

/** The role model without the application: which roles the claim and the user table give, and what each role may see. */
class RoleModelTest {

    record User(String opdCode, List<GrantedAuthority> roles) implements StaffUser {
        @Override
        public String username() {
            return "uji";
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return roles;
        }
    }

    static User user(String opd, String... roles) {
        return new User(opd, Roles.authorities(List.of(roles)));
    }

    @Test
    void theOidcRolesClaimGivesOurRolesOnlyWhateverItsSpelling() {
        assertThat(names(Roles.fromClaim(List.of("opd_head", "ROLE_SUPERVISOR", "camunda-admin", " Diskominfo "))))
                .containsExactly("ROLE_OPD_HEAD", "ROLE_SUPERVISOR", "ROLE_DISKOMINFO");
        assertThat(names(Roles.fromClaim("OPD_HEAD"))).containsExactly("ROLE_OPD_HEAD");
        assertThat(Roles.fromClaim(null)).isEmpty();
        assertThat(Roles.fromClaim(List.of("ROOT", "ROLE_"))).isEmpty();
    }

    @Test
    void aLocalAccountWithTheHeadRoleLogsInAsHeadOfItsOpd() {
        var head = new LocalStaffUser(new AppUser("kadis", "{noop}x", "Kepala Dinas", "OPD_HEAD, BOGUS", "DPUPR"));
        assertThat(names(head.getAuthorities())).containsExactly("ROLE_OPD_HEAD");
        assertThat(head.opdScope()).isEqualTo("DPUPR");
        assertThat(head.mayReadCase("DPUPR", null)).isTrue();
    }

    @Test
    void headsAndStaffOfAnOpdSeeItsCasesButNeverTheInspectoratesCasesAboutTheirOwnOfficials() {
        for (User u : List.of(user("DPUPR", "OPD"), user("DPUPR", "OPD_HEAD"))) {
            assertThat(u.mayReadCase("DPUPR", null)).isTrue();
            assertThat(u.mayReadCase("DLHK", null)).isFalse();
            assertThat(u.mayReadCase("INSPEKTORAT", "DPUPR")).isFalse();
            assertThat(u.mayReadCase("DPUPR", "DPUPR"))
                    .as("even if such a case were ever handled by the OPD itself")
                    .isFalse();
            assertThat(u.mayReadCase(null, null)).as("not yet routed").isFalse();
            assertThat(u.mayReadConfidentialIdentity()).isFalse();
        }
        assertThat(user("INSPEKTORAT", "OPD").mayReadCase("INSPEKTORAT", "DPUPR"))
                .isTrue();
        assertThat(user(null, "OPD").mayReadCase(null, null))
                .as("an OPD account without an OPD")
                .isFalse();
        assertThat(user("DPUPR").mayReadCase("DPUPR", null))
                .as("no role at all")
                .isFalse();
    }

    @Test
    void onlyDiskominfoAndAdminsSeeConfidentialIdentities() {
        assertThat(user(null, "SUPERVISOR").mayReadCase("INSPEKTORAT", "DPUPR")).isTrue();
        assertThat(user(null, "SUPERVISOR").mayReadConfidentialIdentity()).isFalse();
        assertThat(user("DISKOMINFOTIK", "DISKOMINFO").mayReadConfidentialIdentity())
                .isTrue();
        assertThat(user(null, "ADMIN").mayReadConfidentialIdentity()).isTrue();
    }

    @Test
    void figuresAreTheProvincesForOversightAndTheirOwnOpdsForHeads() {
        User head = user("DPUPR", "OPD_HEAD");
        assertThat(head.mayReadFiguresOf("DPUPR")).isTrue();
        assertThat(head.mayReadFiguresOf("INSPEKTORAT")).isFalse();
        assertThat(head.mayReadFiguresOf(null)).as("the whole province").isFalse();
        assertThat(user("DPUPR", "OPD").mayReadFiguresOf("DPUPR")).isFalse();
        assertThat(user(null, "SUPERVISOR").mayReadFiguresOf(null)).isTrue();
        assertThat(user(null, "SUPERVISOR").opdScope()).isNull();
        assertThat(user(null, "OPD_HEAD").opdScope())
                .as("a head without an OPD sees no OPD's figures")
                .isEqualTo("-");
    }

    @Test
    void actingForAnOpdsStaffIsForItsOwnStaffAndDiskominfo() {
        assertThat(user("DPUPR", "OPD").mayActForOpd("DPUPR")).isTrue();
        assertThat(user("DPUPR", "OPD").mayActForOpd("DLHK")).isFalse();
        assertThat(user("DPUPR", "OPD_HEAD").mayActForOpd("DPUPR")).isFalse();
        assertThat(user(null, "SUPERVISOR").mayActForOpd("DPUPR")).isFalse();
        assertThat(user("DISKOMINFOTIK", "DISKOMINFO").mayActForOpd("DLHK")).isTrue();
    }

    @Test
    void theIdentityAccessLogIsOnlyEverAppendedTo() throws IOException {
        Path main = Path.of(System.getProperty("tanggap.repo.dir", ".")).resolve("src/main");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> writers = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
                    .filter(p -> {
                        String text = read(p).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                        return text.matches(
                                "(?s).*(update identity_access_log|delete from identity_access_log|truncate (table )?identity_access_log).*");
                    })
                    .map(Path::toString)
                    .toList();
            assertThat(writers).isEmpty();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).toList();
    }
}
