package id.tanggap.security;

import id.tanggap.shared.Role;
import id.tanggap.shared.TanggapProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

/**
 * Intake, tracking and public pages are open; everything else needs a login with a role
 * ({@link Role}: DISKOMINFO, OPD, OPD_HEAD, SUPERVISOR, ADMIN). Local accounts log in with a form or HTTP Basic; with the
 * {@code oidc} profile, staff log in through Camunda Identity / Keycloak instead. Every answer carries a
 * Content-Security-Policy, Referrer-Policy and nosniff; browser sessions need the CSRF token on every
 * change, and repeated wrong passwords are throttled ({@link LoginThrottle}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    /** Every staff role: pages any member of staff may open; finer limits are in the controllers. */
    private static final String[] ALL_ROLES =
            Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

    /**
     * The application's pages load scripts, styles and images from itself only; inline styles stay allowed
     * (style attributes in the templates, the login page), inline scripts and plugins do not, and no
     * other site may frame a page or receive a form.
     */
    static String contentSecurityPolicy(String tileUrl) {
        // the map's tiles are the only images from elsewhere: exactly the configured tile server's origin
        java.net.URI tiles = java.net.URI.create(tileUrl.replaceAll("[{}]", ""));
        String tileOrigin = tiles.getScheme() + "://" + tiles.getRawAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: " + tileOrigin
                + "; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ObjectProvider<ClientRegistrationRepository> oidc,
            TanggapProperties properties,
            LoginThrottle loginThrottle,
            @org.springframework.beans.factory.annotation.Value("${tanggap.metrics.scrape-token:}") String scrapeToken,
            @org.springframework.beans.factory.annotation.Value(
                            "${tanggap.map.tile-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}")
                    String tileUrl)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                HttpMethod.POST,
                                "/api/complaints",
                                "/api/complaints/*/rating",
                                "/lacak/*/nilai",
                                "/lacak/*/bukti-penilaian",
                                "/api/complaints/*/info",
                                "/lacak/*/info",
                                "/api/lapor/disposisi",
                                "/aduan",
                                "/api/campaigns/*/shares",
                                "/kampanye/*/bagikan",
                                "/privasi/permintaan",
                                "/privasi/permintaan/kode",
                                "/privasi/data-saya")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.GET, "/direktori", "/direktori/**", "/api/directory", "/api/directory/*")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.GET,
                                "/",
                                "/aduan",
                                "/lampiran/*",
                                "/api/complaints/*",
                                "/lacak/**",
                                "/privasi",
                                "/privasi/permintaan",
                                "/privasi/permintaan/kode",
                                "/privasi/data-saya",
                                "/css/**",
                                "/js/**",
                                "/vendor/**",
                                "/favicon.ico",
                                "/kampanye/*/bagikan",
                                "/actuator/health/**",
                                "/actuator/info")
                        .permitAll()
                        .requestMatchers("/error", "/login", "/webhooks/**", "/open311/**")
                        .permitAll()
                        // operators' metrics: ADMIN or the Prometheus scrape token, nobody else
                        .requestMatchers("/actuator/prometheus")
                        .access(new MetricsScrapeAccess(scrapeToken))
                        .requestMatchers("/api/cases/**", "/api/holidays/**")
                        .hasAnyRole(ALL_ROLES)
                        .anyRequest()
                        .authenticated())
                // cookie sessions need the CSRF token everywhere, /api/** included; only requests that cannot ride on a
                // victim's cookie are exempt: credentials in the Authorization header, API calls without a session
                // cookie, and the signed or token-checked machine endpoints
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        SecurityConfig::carriesAuthorizationHeader,
                        SecurityConfig::apiCallWithoutSession,
                        new AntPathRequestMatcher("/webhooks/**"),
                        new AntPathRequestMatcher("/open311/**"),
                        new AntPathRequestMatcher("/api/lapor/disposisi")))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(contentSecurityPolicy(tileUrl)))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .contentTypeOptions(Customizer.withDefaults())
                        .frameOptions(frame -> frame.deny()))
                .addFilterBefore(new LoginThrottleFilter(loginThrottle), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), new AntPathRequestMatcher("/api/**"))
                        .defaultAuthenticationEntryPointFor(
                                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                new AntPathRequestMatcher("/actuator/**")))
                .httpBasic(Customizer.withDefaults())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(landingAfterLogin())
                        .permitAll())
                .logout(Customizer.withDefaults());
        ClientRegistrationRepository registrations = oidc.getIfAvailable();
        if (registrations != null) {
            // PKCE on the authorization code as well as the client secret: the realm's client requires it (S256)
            var authorizationRequests =
                    new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
            authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            http.oauth2Login(login -> login.successHandler(landingAfterLogin())
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                    .userInfoEndpoint(ui ->
                            ui.oidcUserService(oidcUserService(properties.oidc().rolesClaim()))));
        }
        return http.build();
    }

    /**
     * After a login, back to the page that asked for it; without one, to the user's first staff page (the inbox for
     * Diskominfo, the dashboard for supervisors and heads of OPD, campaigns for OPD staff), not the residents' form.
     */
    private static SavedRequestAwareAuthenticationSuccessHandler landingAfterLogin() {
        return new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            protected String determineTargetUrl(
                    HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
                return StaffNavigation.home(authentication);
            }
        };
    }

    private static boolean carriesAuthorizationHeader(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null
                && (header.regionMatches(true, 0, "Basic ", 0, 6) || header.regionMatches(true, 0, "Bearer ", 0, 7));
    }

    /** An API call that brings no session cookie cannot be authenticated by one, so it cannot be forged with one. */
    private static boolean apiCallWithoutSession(HttpServletRequest request) {
        return request.getServletPath().startsWith("/api/") && request.getRequestedSessionId() == null;
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
        return username -> users.findById(username)
                .map(LocalStaffUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
