package id.tanggap.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JVM's one local stand-in for the Meta Graph API ({@code /graph}) and the X API ({@code /x}),
 * answering with the documented payloads in src/test/resources/channels.
 */
public final class TestPlatforms {

    private static WireMockServer server;

    private TestPlatforms() {}

    public static synchronized WireMockServer get() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "wiremock-stop"));
            defaults();
        }
        return server;
    }

    public static String graphUrl() {
        return get().baseUrl() + "/graph";
    }

    public static String xUrl() {
        return get().baseUrl() + "/x";
    }

    /** The documented success answers, at the lowest priority so that a test can override one. */
    public static void defaults() {
        WireMockServer s = server;
        s.stubFor(post(urlMatching("/graph/[0-9_]+/comments"))
                .atPriority(10)
                .willReturn(json("graph-comment-reply-response.json")));
        s.stubFor(post(urlMatching("/graph/[0-9_]+/replies"))
                .atPriority(10)
                .willReturn(json("graph-ig-comment-reply-response.json")));
        s.stubFor(post(urlPathEqualTo("/graph/me/messages"))
                .atPriority(10)
                .willReturn(json("messenger-send-response.json")));
        s.stubFor(post(urlPathMatching("/graph/[0-9]+/messages"))
                .atPriority(10)
                .willReturn(json("whatsapp-send-response.json")));
        s.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/graph/17841400000000001"))
                .atPriority(10)
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                                "{\"mentioned_comment\":{\"text\":\"@pemprov.ntb Lampu jalan di Jl. Pejanggik mati total, mohon diperbaiki.\","
                                        + "\"username\":\"warga.mataram\",\"timestamp\":\"2025-06-10T05:55:00+0000\",\"id\":\"17900000000000077\"},"
                                        + "\"id\":\"17841400000000001\"}")));
        s.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathMatching("/graph/[0-9_]+/posts"))
                .atPriority(10)
                .willReturn(json("graph-page-posts-page1.json")));
        s.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathMatching("/graph/[0-9]+/media"))
                .atPriority(10)
                .willReturn(json("graph-ig-media.json")));
        s.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathMatching("/x/2/users/[0-9]+/tweets"))
                .atPriority(10)
                .willReturn(json("x-user-tweets.json")));
        s.stubFor(post(urlPathEqualTo("/lapor/api/v1/pengaduan"))
                .atPriority(10)
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"LAPOR-2026-0001234\"}")));
        s.stubFor(post(urlPathEqualTo("/x/2/tweets"))
                .atPriority(10)
                .willReturn(json("x-create-tweet-response.json").withStatus(201)));
        s.stubFor(post(urlPathMatching("/x/2/dm_conversations/with/[0-9]+/messages"))
                .atPriority(10)
                .willReturn(json("x-dm-send-response.json").withStatus(201)));
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String fixture) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(fixture(fixture));
    }

    public static byte[] fixtureBytes(String name) {
        try (InputStream in = TestPlatforms.class.getResourceAsStream("/channels/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture channels/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String fixture(String name) {
        return new String(fixtureBytes(name), StandardCharsets.UTF_8);
    }
}
