package id.tanggap.channels;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.TestPlatforms;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Finding 11: a platform that accepts the connection and then never answers no longer holds the
 * worker for ever. The call fails after the configured read timeout (4 s in tests) as a retryable
 * platform error, so the job is failed and retried later with its backoff.
 */
class HttpTimeoutsIT extends IntegrationTest {

    /** Longer than the read timeout: without one the call would wait this long (and in production for ever). */
    private static final int HANG_MILLIS = 12_000;

    @Autowired
    GraphApiClient graph;

    @Autowired
    XApiClient x;

    @Test
    void aGraphApiThatHangsFailsTheCallWithinTheReadTimeout() {
        TestPlatforms.get()
                .stubFor(post(urlPathEqualTo("/graph/hanging-comment/comments"))
                        .atPriority(1)
                        .willReturn(aResponse()
                                .withFixedDelay(HANG_MILLIS)
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"id\":\"late\"}")));
        Instant start = Instant.now();
        PlatformException e = catchThrowableOfType(
                PlatformException.class,
                () -> graph.replyToComment("hanging-comment", "Terima kasih, aduan Anda kami proses.", "page-token"));
        Duration took = Duration.between(start, Instant.now());

        assertThat(e).isNotNull();
        assertThat(e.permanent()).isFalse(); // retried later, not given up
        assertThat(took)
                .isGreaterThanOrEqualTo(Duration.ofSeconds(3))
                .isLessThan(Duration.ofMillis(HANG_MILLIS - 3_000));
    }

    @Test
    void anXApiThatHangsFailsTheCallWithinTheReadTimeout() {
        TestPlatforms.get()
                .stubFor(post(urlPathEqualTo("/x/2/tweets"))
                        .atPriority(1)
                        .withRequestBody(matchingJsonPath("$.reply.in_reply_to_tweet_id", equalTo("4040404040")))
                        .willReturn(aResponse()
                                .withFixedDelay(HANG_MILLIS)
                                .withStatus(201)
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"data\":{\"id\":\"late\"}}")));
        Instant start = Instant.now();
        PlatformException e = catchThrowableOfType(
                PlatformException.class, () -> x.replyToTweet("4040404040", "Aduan Anda kami proses.", "user-token"));
        Duration took = Duration.between(start, Instant.now());

        assertThat(e).isNotNull();
        assertThat(e.permanent()).isFalse();
        assertThat(took).isLessThan(Duration.ofMillis(HANG_MILLIS - 3_000));
    }
}
