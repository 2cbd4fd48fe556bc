package id.tanggap.reporting;

import id.tanggap.process.EngineGateway;
import id.tanggap.shared.FormKeys;
import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.TanggapProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Diskominfo asks for a report to the Governor for any period: it runs the same process as the
 * weekly and monthly reports (compile, review, send), started through the engine outbox. The period
 * is [from, to], both days included; at most a year, not in the future.
 */
@Service
class ReportRequests {

    record Requested(String requestId, LocalDate from, LocalDate to) {}

    static final int MAX_DAYS = 366;

    private final EngineGateway engine;
    private final Clock clock;
    private final TanggapProperties properties;

    ReportRequests(EngineGateway engine, Clock clock, TanggapProperties properties) {
        this.engine = engine;
        this.clock = clock;
        this.properties = properties;
    }

    /** @param requestKey the client's retry key (Idempotency-Key); a repeated request starts nothing new */
    @Transactional
    public Requested request(String from, String to, String requestKey) {
        return start(
                from,
                to,
                requestKey,
                (start, end) -> "report-request:" + (requestKey == null ? UUID.randomUUID() : requestKey.strip()));
    }

    /**
     * A request from the page /laporan/minta. The form's one-time key ({@link FormKeys}) with the period makes the
     * start id: a double click or a form sent again starts nothing new, while a period changed on the same page
     * (back, edit, send) is a request of its own. Without a usable key every request is new.
     */
    @Transactional
    public Requested requestFromPage(String from, String to, String formKey) {
        String key = FormKeys.valid(formKey) ? formKey : UUID.randomUUID().toString();
        return start(from, to, null, (start, end) -> "report-request:form:" + key + ":" + start + "/" + end);
    }

    private Requested start(
            String from, String to, String requestKey, BiFunction<LocalDate, LocalDate, String> startId) {
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        LocalDate start = date("from", from, problems);
        LocalDate end = date("to", to, problems);
        LocalDate today = clock.instant().atZone(properties.zone()).toLocalDate();
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                problems.add(new InvalidInputException.FieldProblem("to", "tidak boleh sebelum tanggal awal"));
            } else if (start.plusDays(MAX_DAYS).isBefore(end)) {
                problems.add(new InvalidInputException.FieldProblem("to", "periode paling lama satu tahun"));
            }
            if (end.isAfter(today)) {
                problems.add(new InvalidInputException.FieldProblem("to", "tidak boleh melewati hari ini"));
            }
        }
        if (requestKey != null && (requestKey.isBlank() || requestKey.length() > 80)) {
            problems.add(new InvalidInputException.FieldProblem("Idempotency-Key", "1 sampai 80 karakter"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String id = startId.apply(start, end);
        // the process compiles [periodFrom, periodTo): the day after the last day asked for
        engine.startLater(
                "periodic-report",
                id,
                Map.of(
                        "periodKind",
                        "REQUESTED",
                        "periodFrom",
                        start.toString(),
                        "periodTo",
                        end.plusDays(1).toString()));
        return new Requested(id, start, end);
    }

    private static LocalDate date(String field, String value, List<InvalidInputException.FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new InvalidInputException.FieldProblem(field, "wajib diisi (YYYY-MM-DD)"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new InvalidInputException.FieldProblem(field, "bukan tanggal YYYY-MM-DD"));
            return null;
        }
    }
}
