package id.tanggap.inventory;

import id.tanggap.audit.AuditAction;
import id.tanggap.audit.AuditTrail;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/inventory/import} (text/csv): the ASN/THL inventory; a report per row, all or nothing. */
@RestController
@PreAuthorize("hasAnyRole('DISKOMINFO', 'ADMIN')")
class InventoryController {

    private final StaffImport imports;
    private final AuditTrail audit;

    InventoryController(StaffImport imports, AuditTrail audit) {
        this.imports = imports;
        this.audit = audit;
    }

    // text/csv only: a cross-site HTML form can send text/plain without a CORS preflight, never text/csv
    @PostMapping(value = "/api/inventory/import", consumes = "text/csv")
    ResponseEntity<?> importCsv(@RequestBody String csv) {
        StaffImport.Result result = imports.importCsv(csv);
        if (result.ok()) {
            audit.record(AuditAction.INVENTORY_IMPORTED, "inventaris ASN/THL", result.imported() + " baris diimpor");
            return ResponseEntity.ok(Map.of("imported", result.imported(), "rows", result.rows()));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, result.problems().size() + " masalah pada berkas; tidak ada data yang diubah");
        problem.setTitle("Berkas inventaris tidak valid");
        problem.setProperty("rows", result.problems());
        return ResponseEntity.badRequest().body(problem);
    }
}
