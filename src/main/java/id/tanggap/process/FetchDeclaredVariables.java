package id.tanggap.process;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.camunda.client.annotation.AnnotationUtil;
import io.camunda.client.annotation.customizer.JobWorkerValueCustomizer;
import io.camunda.client.annotation.value.JobWorkerValue;
import io.camunda.client.bean.MethodInfo;
import io.camunda.client.bean.ParameterInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Every job worker is handed only the variables its method names ({@code @Variable} parameters and the fields of a
 * {@code @VariablesAsType} record), never the whole case.
 *
 * <p>The Camunda Spring SDK narrows a worker's {@code fetchVariables} to those names only when the method does not
 * take the {@code ActivatedJob} (it could read any variable from it), and a method that names no variable at all
 * gets an empty list, which the engine reads as "all of them". Almost every worker here takes the job for its keys
 * (idempotency per element instance) and none reads variables from it ({@code ArchitectureTest} keeps it so), so
 * each activation carried every variable of the case: the engine collected them from its state, wrote them into the
 * job batch on its log and the gateway and the client turned them into JSON and back, for each of the dozen jobs on
 * a case's path, including the option lists of the task forms.
 *
 * <p>A worker that names its variables in the annotation ({@code fetchVariables}) or asks for all of them
 * ({@code fetchAllVariables}) keeps that. A worker that needs none gets the one name {@value #NONE}, which no model
 * sets: the engine hands it an empty document. A {@code @VariablesAsType} map is left to fetch everything. Runs
 * before or after the SDK's own customizer with the same result.
 */
@Component
class FetchDeclaredVariables implements JobWorkerValueCustomizer {

    /** The name fetched by a worker that needs no variable (fetching none is not expressible: empty means all). */
    static final String NONE = "tanggap_noVariables";

    @Override
    public void customize(JobWorkerValue worker) {
        if (Boolean.TRUE.equals(worker.getForceFetchAllVariables()) || worker.getMethodInfo() == null) {
            return;
        }
        List<String> named = worker.getFetchVariables();
        if (named != null && !named.isEmpty()) {
            return; // the annotation's list, or the SDK's when it ran first: the same names as ours
        }
        List<String> declared = declared(worker.getMethodInfo());
        if (declared != null) {
            worker.setFetchVariables(declared.isEmpty() ? List.of(NONE) : declared);
        }
    }

    /**
     * The names of the variables a worker method declares, in order; null where they cannot be listed (a
     * {@code @VariablesAsType} map or interface takes whatever there is).
     */
    static List<String> declared(MethodInfo method) {
        Set<String> names = new LinkedHashSet<>();
        for (ParameterInfo p : AnnotationUtil.getVariableParameters(method)) {
            AnnotationUtil.getVariableValue(p).ifPresent(v -> names.add(v.getName()));
        }
        for (ParameterInfo p : AnnotationUtil.getVariablesAsTypeParameters(method)) {
            Class<?> type = p.getParameter().getType();
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                return null;
            }
            for (Field f : type.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                    JsonProperty json = f.getAnnotation(JsonProperty.class);
                    names.add(json != null && !json.value().isBlank() ? json.value() : f.getName());
                }
            }
        }
        return new ArrayList<>(names);
    }
}
