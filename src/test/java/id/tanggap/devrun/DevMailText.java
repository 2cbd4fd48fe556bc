package id.tanggap.devrun;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Finds the text/plain part of an e-mail. */
public final class DevMailText {

    private DevMailText() {}

    public static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
