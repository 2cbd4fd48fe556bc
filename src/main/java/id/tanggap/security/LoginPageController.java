package id.tanggap.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page for local accounts: the application's own, in Indonesian (Spring Security's generated one is
 * English). With the {@code oidc} profile it also offers the single sign-on button that page used to carry.
 */
@Controller
class LoginPageController {

    private final ObjectProvider<ClientRegistrationRepository> oidc;

    LoginPageController(ObjectProvider<ClientRegistrationRepository> oidc) {
        this.oidc = oidc;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("oidc", oidc.getIfAvailable() != null);
        return "login";
    }
}
