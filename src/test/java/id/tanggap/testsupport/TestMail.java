package id.tanggap.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** The one GreenMail SMTP server of a JVM: a real SMTP server that keeps what it receives. */
public final class TestMail {

    private static GreenMail greenMail;

    private TestMail() {}

    /** Starts GreenMail on the given port (0: a free one) unless it runs already. */
    public static synchronized GreenMail start(int port) {
        if (greenMail == null) {
            ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            if (port == 0) {
                setup = setup.dynamicPort();
            }
            greenMail = new GreenMail(setup);
            greenMail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop, "greenmail-stop"));
        }
        return greenMail;
    }

    public static synchronized GreenMail get() {
        return start(0);
    }

    public static int port() {
        return get().getSmtp().getPort();
    }

    /** The subject of a received message ("" when it cannot be read). */
    public static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    /** Every message received so far that was addressed to the given recipient. */
    public static List<MimeMessage> to(String recipient) {
        return Arrays.stream(get().getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().contains(recipient));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }
}
