package id.tanggap.webform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tanggap.testsupport.NodeTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * No English words in what people read: the text of every template (pages and e-mails) and the labels of every
 * task form. Only visible text is scanned (text between tags, placeholder/title/alt/aria-label, the string
 * literals of th:text and friends), not markup, ids, field names or expressions. The words are matched as written
 * (capitalised, as a label or button shows them). Not on the list: words that are Indonesian too (KBBI) and used as
 * such, "Status" and "Edit", and "No", which is also the Indonesian abbreviation of "nomor".
 */
class IndonesianTextTest {

    static final Set<String> ENGLISH = Set.of(
            "Submit",
            "Error",
            "Login",
            "Log in",
            "Logout",
            "Log out",
            "Sign in",
            "Sign out",
            "Password",
            "Username",
            "Back",
            "Search",
            "Whitelabel",
            "Cancel",
            "Save",
            "Delete",
            "Next",
            "Previous",
            "Loading",
            "Required",
            "Please",
            "Click",
            "Home",
            "Page",
            "Track",
            "Complaint",
            "Forbidden",
            "Not Found",
            "Email address",
            "Welcome",
            "Send",
            "Yes",
            // the heads of task forms and the dashboard (issue 19): photos, map, history, deadlines, figures
            "Photo",
            "Photos",
            "Map",
            "History",
            "Deadline",
            "Due",
            "Overdue",
            "Address",
            "Category",
            "Urgency",
            "Attachment",
            "Evidence",
            "Rating",
            "Comment",
            "Download",
            "Upload",
            "Report",
            "Dashboard",
            "Chart",
            "Details",
            "Close",
            "Open",
            "Show",
            "Hide",
            // monitoring, the hoax register, evidence, official accounts and the call-back form (this round's pages)
            "Verified",
            "Rejected",
            "Pending",
            "Connected",
            "Connect",
            "Account",
            "Monitoring",
            "Compliance",
            "Owner",
            "Hoax",
            "Verdict",
            "Clarification",
            "Callback",
            "Phone",
            "Filter",
            "Apply");

    private static final Pattern WORDS = Pattern.compile(
            "\\b(" + String.join("|", ENGLISH.stream().map(Pattern::quote).toList()) + ")\\b");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern CODE = Pattern.compile("(?is)<(script|style)\\b.*?</\\1>");
    private static final Pattern TEXT = Pattern.compile(">([^<]+)<");
    private static final Pattern SHOWN_ATTRIBUTE =
            Pattern.compile("(?i)\\s(?:placeholder|title|alt|aria-label)=\"([^\"]*)\"");
    private static final Pattern TH_TEXT =
            Pattern.compile("(?i)\\sth:(?:text|utext|placeholder|title|alt|value)=\"([^\"]*)\"");
    private static final Pattern LITERAL = Pattern.compile("'([^']*)'");
    private static final Pattern EXPRESSION = Pattern.compile("[$*#@~]\\{[^}]*}|\\[\\[.*?]]|\\[\\(.*?\\)]");

    @Test
    void templatesAndFormsShowNoEnglishWords() throws IOException {
        List<String> found = new ArrayList<>();
        Path root = NodeTool.repoDir();
        try (Stream<Path> templates = Files.walk(root.resolve("src/main/resources/templates"))) {
            for (Path file : templates.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(file).toString();
                for (String text : visibleText(Files.readString(file, StandardCharsets.UTF_8), name.endsWith(".txt"))) {
                    englishIn(text, name, found);
                }
            }
        }
        try (Stream<Path> forms = Files.list(root.resolve("forms"))) {
            for (Path file : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
                List<String> labels = new ArrayList<>();
                labels(new ObjectMapper().readTree(file.toFile()), labels);
                for (String text : labels) {
                    englishIn(text, root.relativize(file).toString(), found);
                }
            }
        }
        assertThat(found).as("English words in texts people read").isEmpty();
    }

    @Test
    void theScanFindsEnglishWhereItIs() {
        List<String> found = new ArrayList<>();
        String page = "<!-- Submit in a comment is fine --><script>const Error = 1;</script>"
                + "<p th:text=\"${x} ?: 'Not Found'\">Halaman</p><input placeholder=\"Search\" name=\"password\" id=\"back\"><button>Kirim</button>"
                + "<a th:href=\"@{/login}\">Login</a>";
        for (String text : visibleText(page, false)) {
            englishIn(text, "contoh", found);
        }
        assertThat(found).containsExactlyInAnyOrder("contoh: Not Found", "contoh: Search", "contoh: Login");
    }

    static List<String> visibleText(String template, boolean plainText) {
        String t = CODE.matcher(COMMENT.matcher(template).replaceAll(" ")).replaceAll(" ");
        List<String> out = new ArrayList<>();
        if (plainText) {
            out.add(EXPRESSION.matcher(t).replaceAll(" "));
            return out;
        }
        collect(TEXT.matcher(t), out, false);
        collect(SHOWN_ATTRIBUTE.matcher(t), out, false);
        collect(TH_TEXT.matcher(t), out, true);
        return out;
    }

    private static void collect(Matcher m, List<String> out, boolean literalsOnly) {
        while (m.find()) {
            if (literalsOnly) {
                Matcher literal = LITERAL.matcher(m.group(1));
                while (literal.find()) {
                    out.add(literal.group(1));
                }
            } else {
                out.add(EXPRESSION.matcher(m.group(1)).replaceAll(" "));
            }
        }
    }

    private static void labels(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual()
                        && Set.of("label", "text", "description", "placeholder", "alt", "dateLabel")
                                .contains(e.getKey())) {
                    out.add(EXPRESSION.matcher(e.getValue().asText()).replaceAll(" "));
                } else {
                    labels(e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> labels(n, out));
        }
    }

    private static void englishIn(String text, String where, List<String> found) {
        Matcher m = WORDS.matcher(text);
        while (m.find()) {
            found.add(where + ": " + m.group(1));
        }
    }
}
