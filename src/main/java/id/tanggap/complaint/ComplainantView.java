package id.tanggap.complaint;

import java.util.List;

/**
 * What only the complainant sees on the tracking page, proven by the code of the resolution notice: their own text,
 * the photos sent with it (before) and the evidence of the resolution (after). Photos are the app's own uploads only;
 * other stored links are listed as text by the page.
 */
public record ComplainantView(String text, List<String> photos, List<String> evidence) {}
