package id.tanggap.security;

import id.tanggap.shared.Role;
import id.tanggap.shared.TanggapProperties;
import java.util.Arrays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

/**
 * Intake, tracking and public pages are open; everything else needs a login with a role
 * ({@link Role}: DISKOMINFO, OPD, OPD_HEAD, SUPERVISOR, ADMIN). Local accounts log in with a form or HTTP Basic; with the
 * {@code oidc} profile, staff log in through Camunda Identity / Keycloak instead.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    /** Every staff role: pages any member of staff may open; finer limits are in the controllers. */
    private static final String[] ALL_ROLES = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc,
                                            TanggapProperties properties) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/complaints", "/api/complaints/*/rating", "/lacak/*/nilai", "/api/lapor/disposisi", "/aduan",
                                "/api/campaigns/*/shares", "/kampanye/*/bagikan").permitAll()
                        .requestMatchers(HttpMethod.GET, "/direktori", "/direktori/**", "/api/directory", "/api/directory/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/", "/aduan", "/lampiran/*", "/api/complaints/*", "/lacak/**", "/css/**", "/favicon.ico", "/kampanye/*/bagikan",
                                "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/error", "/login", "/webhooks/**", "/open311/**").permitAll()
                        .requestMatchers("/api/cases/**", "/api/holidays/**").hasAnyRole(ALL_ROLES)
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/webhooks/**", "/open311/**"))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), new AntPathRequestMatcher("/api/**")))
                .httpBasic(Customizer.withDefaults())
                .formLogin(Customizer.withDefaults())
                .logout(Customizer.withDefaults());
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(login -> login.userInfoEndpoint(ui -> ui.oidcUserService(oidcUserService(properties.oidc().rolesClaim()))));
        }
        return http.build();
    }

    private static OidcUserService oidcUserService(String rolesClaim) {
        OidcUserService delegate = new OidcUserService();
        return new OidcUserService() {
            @Override
            public org.springframework.security.oauth2.core.oidc.user.OidcUser loadUser(
                    org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest request) {
                var user = delegate.loadUser(request);
                return new OidcStaffUser(user, Roles.fromClaim(user.getClaims().get(rolesClaim)));
            }
        };
    }

    @Bean
    UserDetailsService userDetailsService(AppUserRepository users) {
        return username -> users.findById(username).map(LocalStaffUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
