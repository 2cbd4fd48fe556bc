package id.tanggap.masterdata;

import id.tanggap.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;

/** What every master data form does with a refusal: 400, the problems in Indonesian, and what was typed kept. */
final class FormPage {

    private static final Logger log = LoggerFactory.getLogger(FormPage.class);

    private FormPage() {}

    /** The typed values as the form shows them again (null values allowed, unlike Map.of). */
    static Map<String, Object> typed(Object... keysAndValues) {
        Map<String, Object> form = new HashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            form.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return form;
    }

    /** Logs the refused fields only (never the values: they may name a person), and fills the model for the page. */
    static void refused(
            String what, InvalidInputException e, Map<String, Object> form, HttpServletResponse response, Model model) {
        log.info(
                "master data {} refused: {}",
                what,
                e.problems().stream()
                        .map(InvalidInputException.FieldProblem::field)
                        .toList());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute(
                "errors",
                e.problems().stream().map(p -> p.field() + ": " + p.message()).toList());
        model.addAttribute("form", form);
    }

    static boolean editing(String ubah) {
        return "1".equals(ubah);
    }
}
