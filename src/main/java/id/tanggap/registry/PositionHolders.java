package id.tanggap.registry;

import id.tanggap.audit.AuditAction;
import id.tanggap.audit.AuditTrail;
import id.tanggap.officials.Official;
import id.tanggap.officials.Officials;
import id.tanggap.security.OpdGroupMembership;
import id.tanggap.shared.InvalidInputException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who holds a position of an OPD: the one path for {@code PUT /api/officials/<nip>} with a position and for the
 * master data screens. The register's change (with the officials' histories, the master data history and the audit
 * trail) commits first; then, where the identity provider keeps the groups (Keycloak), the person joins the OPD's
 * group, so they can take its tasks without an administrator editing the realm.
 */
@Component
public class PositionHolders {

    private static final Logger log = LoggerFactory.getLogger(PositionHolders.class);

    private final Officials officials;
    private final AuditTrail audit;
    private final OpdGroupMembership groups;
    private final TransactionTemplate tx;
    private final Clock clock;

    PositionHolders(
            Officials officials, AuditTrail audit, OpdGroupMembership groups, TransactionTemplate tx, Clock clock) {
        this.officials = officials;
        this.audit = audit;
        this.groups = groups;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Makes the official of this NIP the holder of the OPD's existing position from the next case on. Refused
     * (InvalidInputException) when the position or the official is unknown, or the official belongs to another OPD
     * (moving them is a change of the official: {@code PUT /api/officials/<nip>}).
     */
    public void assign(String opdCode, String position, String nip, String actor) {
        if (opdCode == null || position == null || !officials.positionExists(opdCode, position)) {
            throw InvalidInputException.of("kode", "tidak ada jabatan ini");
        }
        Official official = officials
                .find(nip == null ? null : nip.trim())
                .orElseThrow(() -> InvalidInputException.of("nip", "tidak ada pejabat dengan NIP ini"));
        if (!opdCode.equals(official.getOpdCode())) {
            throw InvalidInputException.of(
                    "nip", "pejabat ini terdaftar di OPD lain; pindahkan dulu pejabatnya di registri pejabat");
        }
        Optional<String> former =
                tx.execute(status -> give(opdCode, position, official.getPositionTitle(), official, actor));
        moveGroups(official.getNip(), official.getEmail(), official.getOpdCode(), opdCode);
        former.ifPresent(nipOfFormer -> releaseFormerHolder(nipOfFormer, opdCode));
    }

    /** Gives the position inside the caller's transaction (the officials register's PUT), noting it in the audit trail. */
    /** Returns the NIP of the previous holder, if someone else held the position. */
    Optional<String> give(String opdCode, String position, String title, Official official, String actor) {
        Optional<String> previous =
                officials.givePosition(opdCode, position, title, official.getNip(), clock.instant(), actor);
        previous.ifPresent(nip -> audit.record(
                AuditAction.OFFICIAL_CHANGED,
                official.getNip(),
                "memegang jabatan " + position + ", sebelumnya " + nip));
        return previous;
    }

    /**
     * The previous holder of a position leaves {@code opd-<opdCode>} where the identity provider keeps groups, unless
     * they still hold another position of that OPD: the tasks of the position go to the new holder, also when both
     * work in the same OPD. Called after the register's change committed; a failure is logged, not thrown.
     */
    void releaseFormerHolder(String formerNip, String opdCode) {
        boolean stillHolds = officials.positionsHeldBy(formerNip).stream()
                .anyMatch(p -> p.opdCode().equals(opdCode));
        Official former = officials.find(formerNip).orElse(null);
        if (stillHolds || former == null) {
            return;
        }
        try {
            groups.leave(former.getEmail(), opdCode);
        } catch (RuntimeException e) {
            log.warn("official {}: OPD group membership not removed: {}", formerNip, e.getMessage());
        }
    }

    /**
     * The person joins {@code opd-<toOpd>} (leaving {@code opd-<fromOpd>} when it differs) where the identity provider
     * keeps groups; the register's change stands even if that fails (an administrator can move them in the realm), so
     * a failure is logged, not thrown.
     */
    void moveGroups(String nip, String email, String fromOpd, String toOpd) {
        try {
            groups.move(email, fromOpd, toOpd);
        } catch (RuntimeException e) {
            log.warn("official {}: OPD group membership not moved: {}", nip, e.getMessage());
        }
    }
}
