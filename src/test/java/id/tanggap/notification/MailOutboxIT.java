package id.tanggap.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.tanggap.testsupport.IntegrationTest;
import id.tanggap.testsupport.TestMail;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finding 11: e-mails leave only after the transaction that decided to send them commits, a mail
 * server that is down delays them (the job that queued them does not fail), and a resend carries the
 * same Message-ID.
 */
class MailOutboxIT extends IntegrationTest {

    @Autowired
    Mailer mailer;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    MeterRegistry meters;

    private static Map<String, Object> model() {
        return Map.of(
                "ticket",
                "NTB-TEST-1",
                "trackingUrl",
                "https://tanggap.ntbprov.example/lacak/NTB-TEST-1",
                "supporters",
                2);
    }

    private static String expectedMessageId(String dedupKey) throws Exception {
        return "<"
                + HexFormat.of()
                        .formatHex(
                                MessageDigest.getInstance("SHA-256").digest(dedupKey.getBytes(StandardCharsets.UTF_8)))
                + "@tanggap.example>";
    }

    private static JavaMailSenderImpl smtp(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return sender;
    }

    @Test
    void aTransactionThatRollsBackSendsNoEmail() {
        String rolledBack = "rollback-" + UUID.randomUUID() + "@warga.example";
        String committed = "commit-" + UUID.randomUUID() + "@warga.example";
        tx.executeWithoutResult(status -> {
            assertThat(mailer.sendOnce(
                            "test-rollback:" + rolledBack,
                            null,
                            rolledBack,
                            "[Tanggap] Tidak terkirim",
                            "report-joined",
                            model()))
                    .isTrue();
            status.setRollbackOnly();
        });
        tx.executeWithoutResult(status -> mailer.sendOnce(
                "test-commit:" + committed, null, committed, "[Tanggap] Terkirim", "report-joined", model()));

        // the committed one arrives (after its commit); the rolled-back one was never queued, so it never comes
        await().atMost(Duration.ofSeconds(10))
                .until(() -> TestMail.to(committed).size() == 1);
        mailer.sweep();
        assertThat(TestMail.to(rolledBack)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification_log WHERE dedup_key = ?",
                        Integer.class,
                        "test-rollback:" + rolledBack))
                .isZero();
    }

    @Test
    void anEmailQueuedWhileTheMailServerIsDownIsSentOnceWhenItIsBackWithItsMessageId() throws Exception {
        int deadPort;
        try (ServerSocket s = new ServerSocket(0)) {
            deadPort = s.getLocalPort();
        }
        Mailer mailServerDown = mailer.withSender(smtp(deadPort));
        String to = "down-" + UUID.randomUUID() + "@warga.example";
        String key = "test-smtp-down:" + to;

        // the worker's call succeeds: the e-mail is queued, its first attempt failed and waits
        assertThat(mailServerDown.sendOnce(key, null, to, "[Tanggap] Tertunda", "report-joined", model()))
                .isTrue();
        var row = jdbc.queryForMap(
                "SELECT status, attempts, last_error, next_attempt_at, content, message_id FROM notification_log WHERE dedup_key = ?",
                key);
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("last_error")).isNotNull();
        assertThat(row.get("next_attempt_at")).isNotNull();
        assertThat((String) row.get("content"))
                .startsWith("v2:")
                .doesNotContain(to); // personal data is encrypted while it waits
        assertThat(row.get("message_id")).isEqualTo(expectedMessageId(key));
        // the same job delivered again queues nothing new
        assertThat(mailServerDown.sendOnce(key, null, to, "[Tanggap] Tertunda", "report-joined", model()))
                .isFalse();
        assertThat(TestMail.to(to)).isEmpty();

        // the mail server is back: the sweep sends it once the pause is over, exactly once
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    mailer.sweep();
                    return TestMail.to(to).size() == 1;
                });
        mailer.sweep();
        assertThat(mailer.sendOnce(key, null, to, "[Tanggap] Tertunda", "report-joined", model()))
                .isFalse();
        List<MimeMessage> received = TestMail.to(to);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getMessageID()).isEqualTo(expectedMessageId(key));
        var sent = jdbc.queryForMap("SELECT status, content, sent_at FROM notification_log WHERE dedup_key = ?", key);
        assertThat(sent.get("status")).isEqualTo("SENT");
        assertThat(sent.get("sent_at")).isNotNull();
        assertThat(sent.get("content")).isNull(); // nothing personal kept once it is sent
    }

    @Test
    void anEmailSentAgainAfterACrashBeforeItWasRecordedCarriesTheSameMessageId() throws Exception {
        String to = "crash-" + UUID.randomUUID() + "@warga.example";
        String key = "test-crash:" + to;
        // the mail server takes the e-mail, but the application "crashes" before it records that
        JavaMailSenderImpl crashesAfterSending = new JavaMailSenderImpl() {
            @Override
            protected void doSend(jakarta.mail.internet.MimeMessage[] messages, Object[] originals) {
                super.doSend(messages, originals);
                throw new MailSendException("connection lost after the server took the e-mail");
            }
        };
        crashesAfterSending.setHost("127.0.0.1");
        crashesAfterSending.setPort(TestMail.port());
        assertThat(mailer.withSender(crashesAfterSending)
                        .sendOnce(key, null, to, "[Tanggap] Dua kali", "report-joined", model()))
                .isTrue();
        assertThat(jdbc.queryForObject("SELECT status FROM notification_log WHERE dedup_key = ?", String.class, key))
                .isEqualTo("PENDING");

        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    mailer.sweep();
                    return TestMail.to(to).size() == 2;
                });
        // the receiving mail system can tell it is the same e-mail
        assertThat(TestMail.to(to)).extracting(MimeMessage::getMessageID).containsOnly(expectedMessageId(key));
        assertThat(jdbc.queryForObject("SELECT status FROM notification_log WHERE dedup_key = ?", String.class, key))
                .isEqualTo("SENT");
    }

    @Test
    void anEmailWhoseSentRecordLosesALockRaceIsRecordedLaterAndNeverSentTwice() throws Exception {
        String to = "lock-" + UUID.randomUUID() + "@warga.example";
        String key = "test-lock:" + to;
        double retriesBefore =
                meters.counter("tanggap.mail.sent-record-retries").count();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        // the mail server takes the e-mail; at that moment another transaction (as the erasure of a case did)
        // holds the e-mail's row in notification_log, so the mailer cannot write "sent" right after sending
        JavaMailSenderImpl rowLockedAfterSending = new JavaMailSenderImpl() {
            @Override
            protected void doSend(MimeMessage[] messages, Object[] originals) {
                super.doSend(messages, originals);
                String messageId;
                try {
                    messageId = messages[0].getMessageID();
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
                other.submit(() -> {
                    try (Connection c = dataSource.getConnection()) {
                        c.setAutoCommit(false);
                        try (PreparedStatement lock =
                                c.prepareStatement("SELECT id FROM notification_log WHERE message_id = ? FOR UPDATE")) {
                            lock.setString(1, messageId);
                            lock.executeQuery().close();
                        }
                        locked.countDown();
                        release.await();
                        c.commit();
                    }
                    return null;
                });
                try {
                    assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        rowLockedAfterSending.setHost("127.0.0.1");
        rowLockedAfterSending.setPort(TestMail.port());
        try {
            assertThat(mailer.withSender(rowLockedAfterSending)
                            .sendOnce(key, null, to, "[Tanggap] Sekali saja", "report-joined", model()))
                    .isTrue();
            await().atMost(Duration.ofSeconds(10)).until(() -> TestMail.to(to).size() == 1);
            assertThat(meters.counter("tanggap.mail.sent-record-retries").count())
                    .as("the sent record lost the lock race and was tried again")
                    .isGreaterThanOrEqualTo(retriesBefore + Mailer.SENT_RECORD_ATTEMPTS);
            assertThat(jdbc.queryForObject(
                            "SELECT status FROM notification_log WHERE dedup_key = ?", String.class, key))
                    .isEqualTo("PENDING");
        } finally {
            release.countDown();
            other.shutdown();
            assertThat(other.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        // the lease runs out before anything recorded it: when the sent update failed, the old mailer sent it again
        // here
        jdbc.update(
                "UPDATE notification_log SET next_attempt_at = ? WHERE dedup_key = ? AND status = 'PENDING'",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)),
                key);
        long id = jdbc.queryForObject("SELECT id FROM notification_log WHERE dedup_key = ?", Long.class, key);
        assertThat(mailer.deliver(id)).isTrue();
        mailer.sweep();
        var row = jdbc.queryForMap("SELECT status, content, sent_at FROM notification_log WHERE dedup_key = ?", key);
        assertThat(row.get("status")).isEqualTo("SENT");
        assertThat(row.get("sent_at")).isNotNull();
        assertThat(row.get("content")).isNull();
        assertThat(TestMail.to(to)).hasSize(1);
        assertThat(TestMail.to(to).get(0).getMessageID()).isEqualTo(expectedMessageId(key));
    }

    @Autowired
    NotificationLogRepository log;

    @Test
    void theSweepTakingAnEmailThatIsBeingRecordedAsSentWaitsAndFindsItSent() throws Exception {
        // the e-mail went out right after its job committed; while the sender holds its row to record it as sent
        // (Mailer.recordSent), the sweep, which found it due a moment earlier, tries to take it. Before, the sweep's
        // update went through the due index, locked the e-mail's entry there and waited for the row: the sender then
        // could not move the entry, and the database broke the deadlock by failing one of them
        java.sql.Timestamp due = java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60));
        long id = pendingEmail(due);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch sweepWaiting = new CountDownLatch(1);
        ExecutorService sender = Executors.newSingleThreadExecutor();
        ExecutorService sweep = Executors.newSingleThreadExecutor();
        try {
            var recordSent = sender.submit(() -> {
                try (Connection c = dataSource.getConnection()) {
                    c.setAutoCommit(false);
                    try (PreparedStatement lock =
                            c.prepareStatement("SELECT id FROM notification_log WHERE id = ? FOR UPDATE")) {
                        lock.setLong(1, id);
                        lock.executeQuery().close();
                    }
                    held.countDown();
                    sweepWaiting.await();
                    Thread.sleep(300); // the sweep's update is waiting for the row by now
                    try (PreparedStatement sent = c.prepareStatement(
                            "UPDATE notification_log SET status = 'SENT', next_attempt_at = NULL WHERE id = ?")) {
                        sent.setLong(1, id);
                        sent.executeUpdate();
                    }
                    c.commit();
                }
                return null;
            });
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            java.time.Instant now = java.time.Instant.now();
            var claim = sweep.submit(() -> {
                sweepWaiting.countDown();
                return log.claim(id, now, now.plus(Mailer.LEASE));
            });
            recordSent.get(30, TimeUnit.SECONDS); // the sender records the e-mail as sent: no deadlock
            assertThat(claim.get(30, TimeUnit.SECONDS))
                    .as("the sweep waited for the row and found the e-mail sent: it does not take it")
                    .isZero();
            assertThat(jdbc.queryForObject("SELECT status FROM notification_log WHERE id = ?", String.class, id))
                    .isEqualTo("SENT");
        } finally {
            sweepWaiting.countDown();
            sender.shutdownNow();
            sweep.shutdownNow();
            jdbc.update("DELETE FROM notification_log WHERE id = ?", id); // it was never a real e-mail
        }
    }

    private long pendingEmail(java.sql.Timestamp due) {
        String key = "test-claim:" + UUID.randomUUID();
        jdbc.update(
                "INSERT INTO notification_log (dedup_key, template, recipient, status, queued_at, attempts,"
                        + " next_attempt_at, message_id) VALUES (?, 'report-joined', 'klaim@warga.example', 'PENDING', ?,"
                        + " 0, ?, ?)",
                key,
                due,
                due,
                "<" + key.replace(':', '-') + "@tanggap.example>");
        return jdbc.queryForObject("SELECT id FROM notification_log WHERE dedup_key = ?", Long.class, key);
    }
}
