package id.tanggap.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Which OPD a complaint about "an OPD's own official" is about. complaint-routing.dmn sends such a
 * complaint to the Inspectorate, so the handling OPD does not say whose official it concerns: it is
 * the OPD Diskominfo chose in triage, or else the OPD the category would have gone to (the same
 * decision, asked without the own-official flag).
 */
@Component
class ComplaintSubject {

    private final CamundaClient camunda;
    private final ObjectMapper json;

    ComplaintSubject(CamundaClient camunda, ObjectMapper json) {
        this.camunda = camunda;
        this.json = json;
    }

    /** The subject OPD, or null when the complaint is not about an own official or the handling OPD is the subject itself. */
    String subjectOpd(
            Boolean aboutOwnOfficial, String assignedOpd, String category, String region, String handlingOpd) {
        if (!Boolean.TRUE.equals(aboutOwnOfficial)) {
            return null;
        }
        String subject = assignedOpd != null && !assignedOpd.isBlank() ? assignedOpd : categoryOpd(category, region);
        return subject == null || subject.equals(handlingOpd) ? null : subject;
    }

    private String categoryOpd(String category, String region) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("aboutOwnOfficial", false);
        variables.put("assignedOpd", null);
        variables.put("category", category);
        variables.put("region", region);
        try {
            String output = camunda.newEvaluateDecisionCommand()
                    .decisionId("complaint-routing")
                    .variables(variables)
                    .send()
                    .join()
                    .getDecisionOutput();
            JsonNode opd = json.readTree(output).get("opdCode");
            return opd == null || opd.isNull() ? null : opd.asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("complaint-routing gave no readable output", e);
        }
    }
}
