package id.tanggap.devrun;

import id.tanggap.testsupport.InMemoryZeebe;
import id.tanggap.testsupport.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The embedded run's stand-in for Tasklist and a mail catcher: open user tasks completed with their
 * real Camunda forms (rendered by form-js), the e-mails GreenMail received, and the engine clock.
 */
@Controller
@Profile({"dev", "test"})
class DevConsoleController {

    record MailSummary(int index, String to, String subject, String sent) {}

    record ClockRequest(String duration) {}

    private final InMemoryZeebe engine = InMemoryZeebe.get();

    @GetMapping("/dev")
    String index(Model model) throws Exception {
        model.addAttribute("tasks", engine.openUserTasks());
        model.addAttribute("mails", mails());
        return "dev/index";
    }

    @GetMapping("/dev/tasks")
    String tasks(Model model) {
        model.addAttribute("tasks", engine.openUserTasks());
        return "dev/tasks";
    }

    @GetMapping("/dev/tasks/{key}")
    String task(@PathVariable long key, Model model) {
        var task = engine.openUserTasks().stream()
                .filter(t -> t.key() == key)
                .findFirst()
                .orElse(null);
        model.addAttribute("task", task);
        return "dev/task";
    }

    @GetMapping(value = "/dev/tasks/{key}/variables", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> variables(@PathVariable long key) {
        var task = engine.openUserTasks().stream()
                .filter(t -> t.key() == key)
                .findFirst()
                .orElseThrow();
        return engine.processVariables(task.processInstanceKey());
    }

    @PostMapping(value = "/dev/tasks/{key}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> complete(@PathVariable long key, @RequestBody Map<String, Object> variables) {
        if (engine.openUserTasks().stream().noneMatch(t -> t.key() == key)) {
            return ResponseEntity.notFound().build();
        }
        engine.completeUserTask(key, variables);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/dev/forms/{formId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Resource> form(@PathVariable String formId) {
        if (!formId.matches("[A-Za-z0-9_-]+")) {
            return ResponseEntity.badRequest().build();
        }
        Resource form = new ClassPathResource("forms/" + formId + ".form");
        return form.exists()
                ? ResponseEntity.ok(form)
                : ResponseEntity.notFound().build();
    }

    @GetMapping("/dev/assets/{name:form-viewer\\.umd\\.js|form-js\\.css}")
    ResponseEntity<Resource> asset(@PathVariable String name) {
        String sub = name.endsWith(".css") ? "dist/assets/" + name : "dist/" + name;
        Path file = repoDir().resolve("tools/node_modules/@bpmn-io/form-js").resolve(sub);
        if (!Files.exists(file)) {
            return ResponseEntity.notFound().build();
        }
        MediaType type = name.endsWith(".css") ? MediaType.valueOf("text/css") : MediaType.valueOf("text/javascript");
        return ResponseEntity.ok().contentType(type).body(new FileSystemResource(file));
    }

    @GetMapping("/dev/mail")
    String mail(Model model) throws Exception {
        model.addAttribute("mails", mails());
        return "dev/mail";
    }

    @GetMapping("/dev/mail/{index}")
    String mailMessage(@PathVariable int index, Model model) throws Exception {
        MimeMessage[] messages = TestMail.get().getReceivedMessages();
        MimeMessage message = messages[index];
        model.addAttribute(
                "mail",
                new MailSummary(
                        index,
                        String.join(", ", recipients(message)),
                        message.getSubject(),
                        String.valueOf(message.getSentDate())));
        model.addAttribute("plain", textPart(message));
        return "dev/mail-message";
    }

    @PostMapping(value = "/dev/clock", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> clock(@RequestBody ClockRequest request) {
        Duration duration;
        try {
            duration = Duration.parse(request.duration());
        } catch (DateTimeParseException | NullPointerException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST, "duration harus ISO 8601, misalnya PT25H atau P3D");
            problem.setProperty(
                    "errors", List.of(Map.of("field", "duration", "message", "harus ISO 8601, misalnya PT25H")));
            return ResponseEntity.badRequest().body(problem);
        }
        if (duration.isNegative() || duration.isZero()) {
            return ResponseEntity.badRequest()
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "duration harus positif"));
        }
        engine.increaseTime(duration);
        return ResponseEntity.ok(Map.of("advancedBy", duration.toString()));
    }

    private static List<MailSummary> mails() throws Exception {
        MimeMessage[] messages = TestMail.get().getReceivedMessages();
        List<MailSummary> list = new ArrayList<>();
        for (int i = messages.length - 1; i >= 0; i--) {
            list.add(new MailSummary(
                    i,
                    String.join(", ", recipients(messages[i])),
                    messages[i].getSubject(),
                    String.valueOf(messages[i].getSentDate())));
        }
        return list;
    }

    private static List<String> recipients(MimeMessage m) throws Exception {
        var to = m.getAllRecipients();
        return to == null
                ? List.of()
                : java.util.Arrays.stream(to).map(Object::toString).toList();
    }

    private static String textPart(MimeMessage message) {
        try {
            return DevMailText.plainText(message);
        } catch (Exception e) {
            return "(tidak dapat membaca isi: " + e.getMessage() + ")";
        }
    }

    static Path repoDir() {
        String dir = System.getProperty("tanggap.repo.dir");
        return Path.of(dir == null ? System.getProperty("user.dir") : dir);
    }
}
