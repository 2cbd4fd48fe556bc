package id.tanggap.notification;

import id.tanggap.shared.Backoff;
import id.tanggap.shared.IndonesianDates;
import id.tanggap.shared.PersonalDataCipher;
import id.tanggap.shared.TanggapProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Sends Indonesian e-mails rendered from paired templates {@code templates/mail/<name>.html} and
 * {@code .txt}, at most once per dedup key, and only once the transaction that decided to send them
 * has committed: the e-mail is queued (rendered, encrypted) in the notification log in that
 * transaction and sent after the commit, or, when the mail server cannot take it, later by the
 * sweep with a growing pause. Each e-mail's Message-ID comes from its dedup key, so a resend after a
 * crash between sending and recording carries the same Message-ID. A failing mail server does not
 * fail the job that queued the e-mail.
 */
@Component
public class Mailer implements DisposableBean {

    /** How long one sender may take for an e-mail before another may try (longer than the SMTP timeouts). */
    static final Duration LEASE = Duration.ofMinutes(2);
    /** Attempts to record an e-mail as sent before it is left to the sweep, with a doubling pause from {@link #SENT_RECORD_PAUSE}. */
    static final int SENT_RECORD_ATTEMPTS = 6;

    static final Duration SENT_RECORD_PAUSE = Duration.ofMillis(50);

    private static final Logger logger = LoggerFactory.getLogger(Mailer.class);

    /*
     * Jakarta Mail looks its StreamProvider up for every body part and multipart it creates: the system property
     * first, else a ServiceLoader scan of every jar's META-INF/services. Named here (the implementation the
     * classpath has, Angus Mail's), the lookup is a class by name.
     */
    static {
        String provider = "org.eclipse.angus.mail.util.MailStreamProvider";
        if (System.getProperty("jakarta.mail.util.StreamProvider") == null && ClassUtils.isPresent(provider, null)) {
            System.setProperty("jakarta.mail.util.StreamProvider", provider);
        }
    }

    /*
     * Built once: a new Session looks its providers and address maps up on the classpath, and a MimeMessageHelper
     * reads the MIME types file for each message unless given a map. Per e-mail, the two were about a quarter of
     * the bench's mail rendering (JFR, the e-mail phase); the e-mail is only built here, the sender has its own.
     * Built after the provider is named, so that the Session finds it by name too.
     */
    private static final Session SESSION = Session.getInstance(new Properties());

    private static final FileTypeMap FILE_TYPES = fileTypes();

    private final JavaMailSender sender;
    private final NotificationLogRepository log;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final PersonalDataCipher cipher;
    private final String from;
    private final String messageIdDomain;
    private final Duration retryBackoff;
    private final Duration maxRetryBackoff;
    private final MeterRegistry meters;
    /** Operators' metric: every attempt the mail server did not take (registered at 0, so a rate is defined from the start). */
    private final Counter mailFailures;

    /** Operators' metric: "sent" records that lost a lock race and were tried again. */
    private final Counter sentRecordRetries;
    /**
     * E-mails the mail server took whose "sent" record could not be written yet (the row stayed locked): they
     * are never sent again from here, only recorded (shared with {@link #withSender} copies).
     */
    private final Set<Long> sentNotRecorded;

    private final JdbcTemplate jdbc;
    private volatile String lockSuffix;

    private final TemplateEngine templates = templateEngine();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    @org.springframework.beans.factory.annotation.Autowired
    Mailer(
            JavaMailSender sender,
            NotificationLogRepository log,
            TransactionTemplate tx,
            Clock clock,
            TanggapProperties properties,
            PersonalDataCipher cipher,
            @Value("${tanggap.mail.retry-backoff:PT1M}") Duration retryBackoff,
            @Value("${tanggap.mail.max-retry-backoff:PT1H}") Duration maxRetryBackoff,
            MeterRegistry meters,
            JdbcTemplate jdbc) {
        this(
                sender,
                log,
                tx,
                clock,
                properties.mail().from(),
                cipher,
                retryBackoff,
                maxRetryBackoff,
                meters,
                jdbc,
                ConcurrentHashMap.newKeySet());
    }

    private Mailer(
            JavaMailSender sender,
            NotificationLogRepository log,
            TransactionTemplate tx,
            Clock clock,
            String from,
            PersonalDataCipher cipher,
            Duration retryBackoff,
            Duration maxRetryBackoff,
            MeterRegistry meters,
            JdbcTemplate jdbc,
            Set<Long> sentNotRecorded) {
        this.meters = meters;
        this.mailFailures = meters.counter("tanggap.mail.failures");
        this.sentRecordRetries = meters.counter("tanggap.mail.sent-record-retries");
        this.jdbc = jdbc;
        this.sentNotRecorded = sentNotRecorded;
        this.sender = sender;
        this.log = log;
        this.tx = tx;
        this.clock = clock;
        this.from = from;
        this.cipher = cipher;
        this.retryBackoff = retryBackoff;
        this.maxRetryBackoff = maxRetryBackoff;
        this.messageIdDomain = domainOf(from);
    }

    /** The same mailer sending through another mail server (tests: one that is down). */
    Mailer withSender(JavaMailSender other) {
        return new Mailer(
                other, log, tx, clock, from, cipher, retryBackoff, maxRetryBackoff, meters, jdbc, sentNotRecorded);
    }

    /** @return false when an e-mail with this dedup key was already queued or sent */
    public boolean sendOnce(
            String dedupKey, Long complaintId, String to, String subject, String template, Map<String, Object> model) {
        return sendOnceWithAttachments(dedupKey, complaintId, to, subject, template, model, Map.of());
    }

    /** As sendOnce, with a Reply-To address (e.g. the inbound mailbox tagged with the case). */
    public boolean sendOnceWithReplyTo(
            String dedupKey,
            Long complaintId,
            String to,
            String replyTo,
            String subject,
            String template,
            Map<String, Object> model) {
        return queue(dedupKey, complaintId, to, replyTo, subject, template, model, Map.of());
    }

    /** As sendOnce, with files attached (name -> content). */
    public boolean sendOnceWithAttachments(
            String dedupKey,
            Long complaintId,
            String to,
            String subject,
            String template,
            Map<String, Object> model,
            Map<String, byte[]> attachments) {
        return queue(dedupKey, complaintId, to, null, subject, template, model, attachments);
    }

    private boolean queue(
            String dedupKey,
            Long complaintId,
            String to,
            String replyTo,
            String subject,
            String template,
            Map<String, Object> model,
            Map<String, byte[]> attachments) {
        boolean inCallersTransaction = TransactionSynchronizationManager.isActualTransactionActive();
        Long id;
        try {
            id = tx.execute(status -> {
                if (log.existsByDedupKey(dedupKey)) {
                    return null;
                }
                String messageId = messageIdOf(dedupKey);
                String content = cipher.encrypt(render(messageId, to, replyTo, subject, template, model, attachments));
                long queued = log.saveAndFlush(new NotificationLog(
                                dedupKey, complaintId, template, to, messageId, content, clock.instant()))
                        .getId();
                if (inCallersTransaction) {
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            executor.execute(() -> deliver(queued)); // not in this thread: its connection is still held
                        }
                    });
                }
                return queued;
            });
        } catch (DataIntegrityViolationException queuedConcurrently) {
            return false; // a second delivery of the same job queued it first
        }
        if (id == null) {
            return false;
        }
        if (!inCallersTransaction) {
            deliver(id); // committed already: send right away, so the e-mail is out when the job completes
        }
        return true;
    }

    /** Sends whatever is due: e-mails whose sending failed before, once their pause is over. */
    @Scheduled(fixedDelayString = "${tanggap.outbox.poll-interval:PT2S}", initialDelayString = "PT9S")
    public void sweep() {
        for (Long id : List.copyOf(sentNotRecorded)) {
            recordSent(id);
        }
        for (Long id : log.findDue(clock.instant(), PageRequest.of(0, 50))) {
            if (!deliver(id)) {
                return; // the mail server does not take e-mails now: the rest waits for the next sweep
            }
        }
    }

    /** @return false when the mail server could not be reached: the sweep stops there */
    boolean deliver(long id) {
        if (sentNotRecorded.contains(id)) {
            recordSent(id); // the mail server has it already: only the record is missing
            return true;
        }
        Instant now = clock.instant();
        try {
            if (log.claim(id, now, now.plus(LEASE)) == 0) {
                return true; // sent already, not due yet, or another sender is on it
            }
        } catch (TransientDataAccessException lockRace) {
            // another instance's sweep holds the row (seen as a deadlock between two instances): the e-mail is queued
            // and stays due, so a sweep sends it; the caller (e.g. the citizen's form request) must not fail for it
            return true;
        }
        NotificationLog row = log.findById(id).orElseThrow();
        try {
            byte[] mime = cipher.decrypt(row.getContent()).getBytes(StandardCharsets.ISO_8859_1);
            sender.send(sender.createMimeMessage(new ByteArrayInputStream(mime)));
        } catch (RuntimeException e) {
            Duration wait = backoffAfter(row.getAttempts() + 1);
            // no recipient in the log: it is personal data
            logger.warn(
                    "e-mail {} ({}) not sent (attempt {}), next try in {}: {}",
                    id,
                    row.getTemplate(),
                    row.getAttempts() + 1,
                    wait,
                    e.toString());
            tx.executeWithoutResult(s -> log.findById(id)
                    .ifPresent(r -> r.failed(e.toString(), clock.instant().plus(wait))));
            mailFailures.increment();
            return !mailServerUnreachable(e); // an address the server refuses does not hold back the other e-mails
        }
        recordSent(id);
        return true;
    }

    /**
     * Records a sent e-mail in a short transaction of its own. The row is locked without waiting: when another
     * transaction holds it (or the database picks this one as a deadlock victim), the record is tried again a
     * few times after a short pause and then on every sweep, and the e-mail is remembered as sent meanwhile, so
     * a lost lock race never makes it go out a second time when its lease ends.
     */
    void recordSent(long id) {
        Duration pause = SENT_RECORD_PAUSE;
        for (int attempt = 1; ; attempt++) {
            try {
                tx.executeWithoutResult(s -> {
                    jdbc.queryForList("SELECT id FROM notification_log WHERE id = ?" + lockSuffix(), Long.class, id);
                    log.findById(id).ifPresent(r -> r.sent(clock.instant()));
                });
                sentNotRecorded.remove(id);
                return;
            } catch (TransientDataAccessException lockLost) {
                sentRecordRetries.increment();
                if (attempt >= SENT_RECORD_ATTEMPTS) {
                    sentNotRecorded.add(id);
                    logger.warn(
                            "e-mail {} was sent but its row stays locked; it is recorded by the next sweep and not sent again: {}",
                            id,
                            lockLost.toString());
                    return;
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    sentNotRecorded.add(id);
                    return;
                }
                pause = pause.multipliedBy(2);
            }
        }
    }

    /** MySQL and MariaDB refuse a locked row at once with NOWAIT; other databases (H2 of the dev run) wait as usual. */
    private String lockSuffix() {
        String suffix = lockSuffix;
        if (suffix == null) {
            String product = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>)
                    c -> c.getMetaData().getDatabaseProductName());
            suffix = product != null
                            && (product.toLowerCase(java.util.Locale.ROOT).contains("mysql")
                                    || product.toLowerCase(java.util.Locale.ROOT)
                                            .contains("mariadb"))
                    ? " FOR UPDATE NOWAIT"
                    : " FOR UPDATE";
            lockSuffix = suffix;
        }
        return suffix;
    }

    /** The mail server (not this e-mail) is the problem: it cannot be reached, does not answer in time or refuses the login. */
    static boolean mailServerUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException
                    || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.net.UnknownHostException
                    || t instanceof jakarta.mail.AuthenticationFailedException
                    || t instanceof org.springframework.mail.MailAuthenticationException) {
                return true;
            }
            if (t instanceof org.springframework.mail.MailSendException send
                    && send.getMessage() != null
                    && send.getMessage().startsWith("Mail server connection failed")) {
                return true;
            }
        }
        return false;
    }

    Duration backoffAfter(int failedAttempts) {
        return Backoff.after(failedAttempts, retryBackoff, maxRetryBackoff);
    }

    /** A Message-ID that only depends on the dedup key: the same e-mail always has the same one. */
    String messageIdOf(String dedupKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(dedupKey.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash) + "@" + messageIdDomain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The complete MIME message (7-bit text) with its fixed Message-ID. */
    private String render(
            String messageId,
            String to,
            String replyTo,
            String subject,
            String template,
            Map<String, Object> model,
            Map<String, byte[]> attachments) {
        Context context = new Context(IndonesianDates.INDONESIAN, model);
        String text = templates.process(template + ".txt", context);
        String html = templates.process(template + ".html", context);
        try {
            MimeMessage message = new MimeMessage(SESSION) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name()) {
                @Override
                protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
                    return FILE_TYPES;
                }
            };
            helper.setFrom(from);
            helper.setTo(to);
            if (replyTo != null) {
                helper.setReplyTo(replyTo);
            }
            helper.setSubject(subject);
            helper.setText(text, html);
            for (var a : attachments.entrySet()) {
                helper.addAttachment(a.getKey(), new org.springframework.core.io.ByteArrayResource(a.getValue()));
            }
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toString(StandardCharsets.ISO_8859_1);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot build e-mail " + template, e);
        }
    }

    private static FileTypeMap fileTypes() {
        ConfigurableMimeFileTypeMap types = new ConfigurableMimeFileTypeMap();
        types.afterPropertiesSet();
        return types;
    }

    private static String domainOf(String from) {
        try {
            String address = new InternetAddress(from).getAddress();
            return address.substring(address.indexOf('@') + 1);
        } catch (Exception e) {
            return "tanggap.local";
        }
    }

    private static TemplateEngine templateEngine() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
        return engine;
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        return resolver;
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
