package id.tanggap.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Classifies a message: the application computes the features of its normalised text, the engine
 * evaluates social-interaction-classification.dmn on them (one decision evaluation, no process
 * instance), so process owners change the rules in the DMN. When the engine cannot answer, the message
 * is kept unclassified for a person to sort; it is never dropped.
 */
@Component
class InteractionClassifier {

    private static final Logger log = LoggerFactory.getLogger(InteractionClassifier.class);
    static final String DECISION = "social-interaction-classification";

    /** Evaluates a decision and answers its output as JSON. */
    interface DecisionEvaluator {
        String evaluate(String decisionId, Map<String, Object> variables);
    }

    enum Handling {
        /** a case is made at once */
        KASUS,
        /** waits for Diskominfo in the social inbox */
        KOTAK_MASUK,
        /** kept and findable, no action needed */
        ARSIP
    }

    record Classification(
            InteractionClass interactionClass,
            double confidence,
            Handling handling,
            String urgency,
            String suggestedCategory) {}

    /** Suggested case category by topic words, first match wins; Diskominfo confirms it in triage. */
    static final List<Map.Entry<String, List<String>>> CATEGORIES = List.of(
            Map.entry(
                    "PERILAKU_APARATUR",
                    List.of(
                            "pungli",
                            "pungutan",
                            "dipungut",
                            "uang rokok",
                            "oknum",
                            "minta uang",
                            "dipersulit",
                            "kasar")),
            Map.entry(
                    "BANJIR",
                    List.of("banjir", "genangan", "drainase", "meluap", "tersumbat", "mampet", "irigasi", "sungai")),
            Map.entry("SAMPAH", List.of("sampah", "limbah", "tpa ", "bau")),
            Map.entry("POHON", List.of("pohon")),
            Map.entry("KEMACETAN", List.of("macet", "parkir", "ngetem", "lalu lintas")),
            Map.entry("KESEHATAN", List.of("puskesmas", "rumah sakit", "rsud", "bpjs", "obat", "ambulans", "pasien")),
            Map.entry("PENDIDIKAN", List.of("sekolah", "guru", "siswa", "zonasi", "beasiswa")),
            Map.entry("BANTUAN_SOSIAL", List.of("bantuan", "bansos", "blt", "pkh", "sembako")),
            Map.entry("JALAN_RUSAK", List.of("jalan", "jembatan", "lubang", "berlubang", "lampu", "pju", "gorong")));

    private final DecisionEvaluator engine;
    private final ObjectMapper json = new ObjectMapper();

    /** {@code timeout}: how long a webhook waits for the engine's answer; after it the message is classified by the sweep. */
    @Autowired
    InteractionClassifier(
            CamundaClient camunda,
            @Value("${tanggap.inbox.classification-timeout:${TANGGAP_INBOX_CLASSIFICATION_TIMEOUT:PT5S}}")
                    Duration timeout) {
        this((decision, variables) -> camunda.newEvaluateDecisionCommand()
                .decisionId(decision)
                .variables(variables)
                .requestTimeout(timeout)
                .send()
                .join()
                .getDecisionOutput());
    }

    InteractionClassifier(DecisionEvaluator engine) {
        this.engine = engine;
    }

    Classification classify(String text, boolean directMessage, boolean complaintThread, boolean repeatedSender) {
        Features f = Features.of(text, directMessage, complaintThread, repeatedSender);
        String category = categoryOf(f.text());
        try {
            JsonNode out = json.readTree(engine.evaluate(DECISION, f.variables()));
            return new Classification(
                    InteractionClass.valueOf(out.path("interactionClass").asText()),
                    out.path("confidence").asDouble(),
                    Handling.valueOf(out.path("handling").asText()),
                    out.path("urgency").asText("NORMAL"),
                    category);
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
            log.warn("{} could not be evaluated, the message waits unclassified: {}", DECISION, e.toString());
            return new Classification(InteractionClass.BELUM, 0, Handling.KOTAK_MASUK, "NORMAL", category);
        }
    }

    /** A message stored before the engine evaluated the decision: waits as "belum diklasifikasi", topic suggested already. */
    static Classification unclassified(String text) {
        String category = categoryOf(IndonesianText.normalise(text));
        return new Classification(InteractionClass.BELUM, 0, Handling.KOTAK_MASUK, "NORMAL", category);
    }

    static String categoryOf(String normalised) {
        String padded = " " + normalised + " ";
        for (var c : CATEGORIES) {
            if (Features.hits(padded, c.getValue()) > 0) {
                return c.getKey();
            }
        }
        return "LAINNYA";
    }
}
