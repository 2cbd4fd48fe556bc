package id.tanggap.routing;

/** What other modules may know of an OPD: its code, names and the mailbox its notices go to (may be null). */
public record OpdInfo(String code, String name, String shortName, String email) {

    static OpdInfo of(Opd opd) {
        return new OpdInfo(opd.getCode(), opd.getName(), opd.getShortName(), opd.getEmail());
    }
}
