package id.tanggap.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the tests that post pages as a browser read from a form: its hidden fields (the CSRF token, a form key). */
public final class HtmlForms {

    private HtmlForms() {}

    /** The value of the hidden field {@code name}, whichever order its attributes come in; fails when there is none. */
    public static String hidden(String html, String name) {
        Matcher m = Pattern.compile(
                        "name=\"" + name + "\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"" + name + "\"")
                .matcher(html);
        assertThat(m.find()).as("hidden field %s in the page", name).isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
