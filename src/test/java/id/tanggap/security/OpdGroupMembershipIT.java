package id.tanggap.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.tanggap.testsupport.Keycloak;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/**
 * Against the real Keycloak of the test run (realm docker/keycloak/tanggap-realm.json): when the officials register
 * moves an official to another OPD's position, the application's service account moves the person from one OPD
 * group to the other through Keycloak's admin API, so they see the new OPD's tasks and no longer the old one's.
 */
class OpdGroupMembershipIT {

    @Test
    void anOfficialGivenAPositionInAnotherOpdMovesToThatOpdsGroup() {
        var keycloak = new KeycloakStaffGroups(
                RestClient.builder(), Keycloak.get().issuerUri(), "tanggap", Keycloak.CLIENT_SECRET);
        assertThat(keycloak.of("rina.dlhk"))
                .get()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
                .containsExactly("opd-dlhk");
        try {
            assertThat(keycloak.move("rina.dlhk@tanggap.test", "DLHK", "DPUPR")).isTrue();
            assertThat(keycloak.of("rina.dlhk"))
                    .get()
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
                    .containsExactly("opd-dpupr");
            // the same move again changes nothing and fails nothing
            assertThat(keycloak.move("rina.dlhk@tanggap.test", "DLHK", "DPUPR")).isTrue();
            // nobody in the realm has this address: nothing is changed, and the caller is told
            assertThat(keycloak.move("tidak.ada@tanggap.test", null, "DPUPR")).isFalse();
            assertThat(keycloak.of("budi.pupr"))
                    .get()
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
                    .containsExactly("opd-dpupr");
        } finally {
            keycloak.move("rina.dlhk@tanggap.test", "DPUPR", "DLHK");
        }
        assertThat(keycloak.of("rina.dlhk"))
                .get()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
                .containsExactly("opd-dlhk");
    }

    /**
     * A position of Dinas PUPR goes to another person of the same OPD: the former holder, who holds no other position
     * there, leaves {@code opd-dpupr} (the move of the new holder changes nothing for them); leaving twice fails
     * nothing, and the other OPDs' members are untouched.
     */
    @Test
    void theFormerHolderOfAPositionInTheSameOpdLeavesItsGroup() {
        var keycloak = new KeycloakStaffGroups(
                RestClient.builder(), Keycloak.get().issuerUri(), "tanggap", Keycloak.CLIENT_SECRET);
        assertThat(keycloak.of("budi.pupr"))
                .get()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
                .containsExactly("opd-dpupr");
        try {
            assertThat(keycloak.leave("budi.pupr@tanggap.test", "DPUPR")).isTrue();
            assertThat(keycloak.of("budi.pupr"))
                    .get()
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
                    .doesNotContain("opd-dpupr");
            assertThat(keycloak.leave("budi.pupr@tanggap.test", "DPUPR")).isTrue();
            assertThat(keycloak.leave("tidak.ada@tanggap.test", "DPUPR")).isFalse();
            assertThat(keycloak.of("rina.dlhk"))
                    .get()
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
                    .containsExactly("opd-dlhk");
        } finally {
            keycloak.move("budi.pupr@tanggap.test", null, "DPUPR");
        }
        assertThat(keycloak.of("budi.pupr"))
                .get()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
                .containsExactly("opd-dpupr");
    }
}
