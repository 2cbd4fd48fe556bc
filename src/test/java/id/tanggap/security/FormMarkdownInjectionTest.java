package id.tanggap.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.testsupport.NodeTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Camunda forms render "text" (and "html") components as markdown, so a value typed by a citizen or an
 * official placed there becomes live markup for staff: an {@code ![](…)} tracking pixel, a phishing
 * link. Such values belong in read-only fields. This scan fails when a text component interpolates any
 * variable other than the ones the application itself produces.
 */
class FormMarkdownInjectionTest {

    /** Variables the processes and workers compose themselves: codes, dates, labels, figures. */
    private static final Set<String> APPLICATION_VARIABLES = Set.of(
            "ticket",
            "category",
            "urgency",
            "channel",
            "responseDueLabel",
            "resolutionDueLabel",
            "coordinationDueLabel",
            "supportingOpd",
            "rating",
            "platform",
            "campaignRef",
            "reportPeriod",
            "reportPdfUrl",
            // names recordDisposition looks up for the codes (category, urgency, OPD)
            "categoryLabel",
            "urgencyLabel",
            "opdName",
            "supportingOpdName",
            // the call-back task's deadline in words and the evidence page's link (public base URL + ticket)
            "callbackDueText",
            "evidenceUploadUrl",
            // summaries the reporting and campaign workers write as markdown from database figures
            "reportSummary",
            "evaluationSummary",
            // a data-subject request as the privacy module registered it: its reference, kind, tickets, deadline
            "requestRef",
            "requestKindLabel",
            "ticketList",
            "dueText");

    private static final Pattern MUSTACHE = Pattern.compile("\\{\\{\\s*([#/]?)\\s*([\\w.]+)?\\s*([\\w.]+)?\\s*}}");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void noFormRendersATypedValueAsMarkdown() throws IOException {
        List<String> problems = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> forms = Files.list(NodeTool.repoDir().resolve("forms"))) {
            for (Path form :
                    forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                scanned++;
                problems.addAll(problems(form.getFileName().toString(), json.readTree(form.toFile())));
            }
        }
        assertThat(scanned).isGreaterThanOrEqualTo(11);
        assertThat(problems)
                .as("typed values must be read-only fields, not markdown")
                .isEmpty();
    }

    @Test
    void theScanCatchesTheAttack() throws IOException {
        JsonNode old = json.readTree("""
                {"id": "respond-to-complaint", "components": [
                  {"type": "text", "text": "### Aduan {{ticket}}", "id": "Text_Header"},
                  {"type": "text", "text": "**Isi aduan:**\\n\\n{{ complaintText }}", "id": "Text_Complaint"},
                  {"type": "group", "components": [{"type": "html", "content": "{{#loop contributions}}{{contribution}}{{/loop}}", "id": "Html_1"}]},
                  {"type": "text", "text": "=ratingComment", "id": "Text_Feel"},
                  {"type": "textarea", "key": "complaintText", "readonly": true, "id": "Field_ok"}]}
                """);
        assertThat(problems("old.form", old))
                .containsExactly(
                        "old.form Text_Complaint: complaintText",
                        "old.form Html_1: contributions",
                        "old.form Html_1: contribution",
                        "old.form Text_Feel: a FEEL expression");
    }

    private static List<String> problems(String file, JsonNode form) {
        List<String> problems = new ArrayList<>();
        scan(file, form.path("components"), problems);
        return problems;
    }

    private static void scan(String file, JsonNode components, List<String> problems) {
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            if (type.equals("text") || type.equals("html")) {
                String markdown =
                        c.path(type.equals("text") ? "text" : "content").asText();
                String where = file + " " + c.path("id").asText();
                if (markdown.startsWith("=")) {
                    problems.add(where + ": a FEEL expression");
                }
                Matcher m = MUSTACHE.matcher(markdown);
                while (m.find()) {
                    if (m.group(1).equals("/")) {
                        continue;
                    }
                    // {{name}}, {{#loop name}}, {{#if name}}: the variable is the last word
                    String variable = m.group(3) != null ? m.group(3) : m.group(2);
                    String root = variable == null ? "" : variable.split("\\.")[0];
                    if (!root.isEmpty() && !APPLICATION_VARIABLES.contains(root)) {
                        problems.add(where + ": " + root);
                    }
                }
            }
            scan(file, c.path("components"), problems);
        }
    }
}
