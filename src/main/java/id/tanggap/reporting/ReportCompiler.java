package id.tanggap.reporting;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The figures of a reporting period, for other modules and the report workers; the SQL is in {@link ReportReadModel}. */
@Component
public class ReportCompiler {

    private final ReportReadModel readModel;

    ReportCompiler(ReportReadModel readModel) {
        this.readModel = readModel;
    }

    public ReportFigures compile(LocalDate from, LocalDate to) {
        return readModel.compile(from, to);
    }
}
