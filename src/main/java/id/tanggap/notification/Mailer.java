package id.tanggap.notification;

import id.tanggap.shared.IndonesianDates;
import id.tanggap.shared.TanggapProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Sends Indonesian e-mails rendered from paired templates {@code templates/mail/<name>.html} and
 * {@code .txt}, at most once per dedup key.
 */
@Component
public class Mailer {

    private final JavaMailSender sender;
    private final NotificationLogRepository log;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String from;
    private final TemplateEngine templates = templateEngine();

    Mailer(JavaMailSender sender, NotificationLogRepository log, TransactionTemplate tx, Clock clock, TanggapProperties properties) {
        this.sender = sender;
        this.log = log;
        this.tx = tx;
        this.clock = clock;
        this.from = properties.mail().from();
    }

    /** @return false when an e-mail with this dedup key was already sent */
    public boolean sendOnce(String dedupKey, Long complaintId, String to, String subject, String template, Map<String, Object> model) {
        return sendOnceWithAttachments(dedupKey, complaintId, to, subject, template, model, Map.of());
    }

    /** As sendOnce, with files attached (name -> content). */
    public boolean sendOnceWithAttachments(String dedupKey, Long complaintId, String to, String subject, String template, Map<String, Object> model,
                                           Map<String, byte[]> attachments) {
        try {
            return Boolean.TRUE.equals(tx.execute(status -> {
                if (log.existsByDedupKey(dedupKey)) {
                    return false;
                }
                // recorded first: a failing send rolls the record back and the job is retried
                log.saveAndFlush(new NotificationLog(dedupKey, complaintId, template, to, clock.instant()));
                send(to, subject, template, model, attachments);
                return true;
            }));
        } catch (org.springframework.dao.DataIntegrityViolationException sentConcurrently) {
            return false; // a second delivery of the same job recorded (and sent) it first
        }
    }

    private void send(String to, String subject, String template, Map<String, Object> model, Map<String, byte[]> attachments) {
        Context context = new Context(IndonesianDates.INDONESIAN, model);
        String text = templates.process(template + ".txt", context);
        String html = templates.process(template + ".html", context);
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text, html);
            for (var a : attachments.entrySet()) {
                helper.addAttachment(a.getKey(), new org.springframework.core.io.ByteArrayResource(a.getValue()));
            }
            sender.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot build e-mail " + template, e);
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
}
