package id.tanggap.campaign;

import id.tanggap.process.ProcessModels;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.ProblemException;
import io.grpc.Status;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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

    private final CamundaClient camunda;
    private final ProcessModels models;
    private final CampaignRepository campaigns;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    CampaignStarter(CamundaClient camunda, ProcessModels models, CampaignRepository campaigns, TransactionTemplate tx, Clock clock) {
        this.camunda = camunda;
        this.models = models;
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
        if (!models.deployed()) {
            return false;
        }
        Campaign c = campaigns.findById(campaignId).orElse(null);
        if (c == null || c.getPublishedAt() != null) {
            return true;
        }
        try {
            camunda.newPublishMessageCommand().messageName(MESSAGE).correlationKey(c.ref()).messageId(c.ref())
                    .timeToLive(Duration.ofHours(1))
                    .variables(Map.of("campaignId", c.getId(), "campaignRef", c.ref(), "programme", c.getProgramme(),
                            "windowStart", c.getWindowStart().toString(), "windowEnd", c.getWindowEnd().toString()))
                    .send().join(10, TimeUnit.SECONDS);
        } catch (ClientStatusException e) {
            if (e.getStatusCode() != Status.Code.ALREADY_EXISTS) {
                log.warn("campaign {} not yet started in the engine, will retry: {}", c.ref(), e.getMessage());
                return false;
            }
        } catch (ProblemException e) {
            if (e.code() != 409) {
                log.warn("campaign {} not yet started in the engine, will retry: {}", c.ref(), e.getMessage());
                return false;
            }
        } catch (RuntimeException e) {
            log.warn("campaign {} not yet started in the engine, will retry: {}", c.ref(), e.getMessage());
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
