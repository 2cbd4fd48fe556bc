package id.tanggap.complaint;

import java.util.List;

/**
 * Photos of a resolution kept outside the case (the OPD's uploads, module {@code evidence}), for the complainant's
 * view on the tracking page: implemented by the module that keeps them, so this module does not depend on it.
 */
public interface ResolutionEvidence {

    /** The links of the case's published evidence photos, oldest first. */
    List<String> photoLinks(long complaintId);
}
