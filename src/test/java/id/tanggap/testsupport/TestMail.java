package id.tanggap.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** The one GreenMail SMTP server of a JVM: a real SMTP server that keeps what it receives. */
public final class TestMail {

    /** The inbound mailbox of the application under test (IMAP login = address). */
    public static final String INBOUND_ADDRESS = "aduan@tanggap.test";

    public static final String INBOUND_PASSWORD = "kotak-masuk";

    private static GreenMail greenMail;

    private TestMail() {}

    /** Starts GreenMail on the given port (0: a free one) unless it runs already. */
    public static synchronized GreenMail start(int port) {
        if (greenMail == null) {
            ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            if (port == 0) {
                setup = setup.dynamicPort();
            }
            // IMAP too: the inbound mailbox complainants answer to (tanggap.mail.inbound.*)
            greenMail = new GreenMail(
                    new ServerSetup[] {setup, new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()
                    });
            greenMail.start();
            greenMail.setUser(INBOUND_ADDRESS, INBOUND_ADDRESS, INBOUND_PASSWORD);
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

    public static int imapPort() {
        return get().getImap().getPort();
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
