package id.tanggap.campaign;

import id.tanggap.process.EngineGateway;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts {@code information-campaign} for a saved campaign by the {@code campaign-created} message,
 * written to the engine outbox in the transaction that saves the campaign. The campaign reference is
 * the message id, so a campaign never gets a second instance.
 */
@Component
class CampaignStarter {

    static final String MESSAGE = "campaign-created";

    private final EngineGateway engine;
    private final CampaignRepository campaigns;
    private final TransactionTemplate tx;
    private final Clock clock;

    CampaignStarter(EngineGateway engine, CampaignRepository campaigns, TransactionTemplate tx, Clock clock) {
        this.engine = engine;
        this.campaigns = campaigns;
        this.tx = tx;
        this.clock = clock;
    }

    /** In the transaction that saves the campaign: its start reaches the engine after the commit. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void startLater(Campaign c) {
        engine.publishLater(
                MESSAGE,
                c.ref(),
                c.ref(),
                Map.of(
                        "campaignId",
                        c.getId(),
                        "campaignRef",
                        c.ref(),
                        "programme",
                        c.getProgramme(),
                        "windowStart",
                        c.getWindowStart().toString(),
                        "windowEnd",
                        c.getWindowEnd().toString()));
        c.published(clock.instant()); // handed to the engine outbox
    }

    /** Campaigns saved by a version before the engine outbox and not yet started then. */
    @EventListener(ApplicationReadyEvent.class)
    void handOverEarlierCampaigns() {
        for (Campaign c : campaigns.findByPublishedAtIsNullOrderByIdAsc(Limit.of(1000))) {
            tx.executeWithoutResult(s -> campaigns.findById(c.getId()).ifPresent(this::startLater));
        }
    }
}
