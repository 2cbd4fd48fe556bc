package id.tanggap.campaign;

import id.tanggap.process.StartMessages;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts {@code information-campaign} for a saved campaign by the {@code campaign-created} message,
 * right after it is saved and again from a periodic sweep while the engine cannot be reached. The
 * campaign reference is the message id, so a campaign never gets a second instance.
 */
@Component
class CampaignStarter implements DisposableBean {

    static final String MESSAGE = "campaign-created";

    private static final Logger log = LoggerFactory.getLogger(CampaignStarter.class);

    private final StartMessages messages;
    private final CampaignRepository campaigns;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    CampaignStarter(StartMessages messages, CampaignRepository campaigns, TransactionTemplate tx, Clock clock) {
        this.messages = messages;
        this.campaigns = campaigns;
        this.tx = tx;
        this.clock = clock;
    }

    void publishSoon(long campaignId) {
        executor.execute(() -> publish(campaignId));
    }

    @Scheduled(fixedDelayString = "${tanggap.outbox.poll-interval:PT2S}", initialDelayString = "PT7S")
    void sweep() {
        for (Campaign c : campaigns.findByPublishedAtIsNullOrderByIdAsc(Limit.of(50))) {
            if (!publish(c.getId())) {
                return;
            }
        }
    }

    boolean publish(long campaignId) {
        Campaign c = campaigns.findById(campaignId).orElse(null);
        if (c == null || c.getPublishedAt() != null) {
            return true;
        }
        StartMessages.Outcome outcome = messages.publishOnce(MESSAGE, c.ref(), Duration.ofHours(1), Map.of("campaignId", c.getId(),
                "campaignRef", c.ref(), "programme", c.getProgramme(), "windowStart", c.getWindowStart().toString(),
                "windowEnd", c.getWindowEnd().toString()));
        if (!outcome.delivered()) {
            if (outcome.kind() == StartMessages.Outcome.Kind.FAILED) {
                log.warn("campaign {} not yet started in the engine, will retry: {}", c.ref(), outcome.error());
            }
            return false;
        }
        tx.executeWithoutResult(s -> campaigns.findById(campaignId).ifPresent(x -> x.published(clock.instant())));
        return true;
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
