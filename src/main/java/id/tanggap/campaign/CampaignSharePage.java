package id.tanggap.campaign;

import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** {@code /kampanye/{id}/bagikan}: the form behind each staff member's personal link, where they report the URL of their post. */
@Controller
class CampaignSharePage {

    private final Campaigns campaigns;
    private final CampaignShares shares;
    private final ShareLinks links;

    CampaignSharePage(Campaigns campaigns, CampaignShares shares, ShareLinks links) {
        this.campaigns = campaigns;
        this.shares = shares;
        this.links = links;
    }

    @GetMapping("/kampanye/{id}/bagikan")
    String form(
            @PathVariable long id, @RequestParam("staf") String staffId, @RequestParam("t") String token, Model model) {
        if (!links.valid(id, staffId, token)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Tautan pribadi tidak valid");
        }
        Campaign c = campaigns.get(id);
        model.addAttribute("campaign", c);
        model.addAttribute("staffId", staffId);
        model.addAttribute("token", token);
        model.addAttribute("counted", campaigns.sharesOfStaff(id, staffId));
        return "campaign/share";
    }

    @PostMapping("/kampanye/{id}/bagikan")
    String submit(
            @PathVariable long id,
            @RequestParam("staf") String staffId,
            @RequestParam("t") String token,
            @RequestParam String url,
            Model model) {
        if (!links.valid(id, staffId, token)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Tautan pribadi tidak valid");
        }
        try {
            CampaignShares.Counted counted = shares.submit(id, staffId, url, "FORM");
            model.addAttribute(
                    "message",
                    counted.outcome() == CampaignShares.Outcome.COUNTED
                            ? "Terima kasih, unggahan Anda tercatat."
                            : "Unggahan ini sudah tercatat sebelumnya.");
        } catch (ShareRejected e) {
            model.addAttribute("error", e.getBody().getDetail());
        } catch (InvalidInputException e) {
            model.addAttribute(
                    "error", "Tautan unggahan: " + e.problems().get(0).message());
        } catch (NotFoundException e) {
            model.addAttribute("error", e.getMessage());
        }
        model.addAttribute("url", url);
        return form(id, staffId, token, model);
    }
}
