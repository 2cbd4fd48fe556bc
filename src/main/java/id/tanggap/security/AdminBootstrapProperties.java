package id.tanggap.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of an installation without demo data and without OIDC
 * ({@code TANGGAP_BOOTSTRAP_ADMIN_USER} / {@code TANGGAP_BOOTSTRAP_ADMIN_PASSWORD}); honoured only
 * while no local user exists.
 */
@ConfigurationProperties("tanggap.bootstrap-admin")
record AdminBootstrapProperties(String username, String password) {

    boolean given() {
        return username != null && !username.isBlank();
    }
}
