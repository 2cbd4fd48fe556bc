package id.tanggap.webform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tanggap.shared.InvalidInputException;
import id.tanggap.shared.TanggapProperties;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;

/** Issue 20, finding 10 (and the kept upload checks): metadata is removed, bad files refused, nothing written before save. */
class UploadsTest {

    /** A real JPEG with an EXIF segment holding a GPS IFD (latitude reference "S" and a marker string) and a comment. */
    static byte[] jpegWithGps() throws Exception {
        BufferedImage img = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 4, 0xff0000);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", plain);
        byte[] jpeg = plain.toByteArray();

        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        tiff.write(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8});
        // IFD0: one entry, GPSInfo (0x8825) -> GPS IFD at offset 26
        tiff.write(new byte[] {0, 1, (byte) 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0});
        // GPS IFD: GPSLatitudeRef = "S", then a note the phone left
        tiff.write(new byte[] {0, 1, 0, 1, 0, 2, 0, 0, 0, 2, 'S', 0, 0, 0, 0, 0, 0, 0});
        tiff.write("GPS -8.583456 116.116789 rumah pelapor".getBytes(StandardCharsets.US_ASCII));
        byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.toByteArray());
        byte[] comment = "Rumah Dewi, Gang Melati 4".getBytes(StandardCharsets.US_ASCII);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        segment(out, 0xe1, exif);
        segment(out, 0xfe, comment);
        out.write(jpeg, 2, jpeg.length - 2);
        // a second picture after the end of the first, as phones append (with its own EXIF)
        out.write(new byte[] {(byte) 0xff, (byte) 0xd8});
        segment(out, 0xe1, exif);
        out.write(new byte[] {(byte) 0xff, (byte) 0xd9});
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
        out.write(0xff);
        out.write(marker);
        out.write((data.length + 2) >> 8);
        out.write((data.length + 2) & 0xff);
        out.write(data, 0, data.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static Uploads uploads(Path dir) throws Exception {
        return new Uploads(new TanggapProperties(
                "http://x",
                ZoneId.of("Asia/Makassar"),
                new TanggapProperties.Mail("a@b"),
                new TanggapProperties.Crypto("x"),
                false,
                dir.toString(),
                new TanggapProperties.Outbox(Duration.ofSeconds(1)),
                new TanggapProperties.Oidc("groups")));
    }

    private static String latin(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    @Test
    void aJpegLosesItsExifGpsAndCommentButStaysTheSamePicture(@TempDir Path dir) throws Exception {
        byte[] original = jpegWithGps();
        assertThat(latin(original)).contains("Exif", "116.116789", "Gang Melati");
        Uploads uploads = uploads(dir);

        Uploads.Photo photo = uploads.check(new MockMultipartFile("foto", "x.jpg", "image/jpeg", original), "foto");
        assertThat(photo.name()).matches("[0-9a-f]{32}\\.jpg");
        assertThat(latin(photo.bytes())).doesNotContain("Exif", "116.116789", "Gang Melati");
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
        BufferedImage expected = ImageIO.read(new ByteArrayInputStream(original));
        assertThat(read.getWidth()).isEqualTo(16);
        assertThat(read.getRGB(3, 4)).isEqualTo(expected.getRGB(3, 4));
        // nothing on disk until the complaint is accepted
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        uploads.save(List.of(photo));
        assertThat(Files.readAllBytes(uploads.path(photo.name()))).isEqualTo(photo.bytes());
    }

    @Test
    void aPngLosesItsTextAndExifChunks(@TempDir Path dir) throws Exception {
        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(img, "png", plain);
        byte[] png = plain.toByteArray();
        // insert a tEXt and an eXIf chunk right after IHDR (8 + 25 bytes)
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        chunk(out, "tEXt", "Location\0-8.583456,116.116789".getBytes(StandardCharsets.ISO_8859_1));
        chunk(out, "eXIf", "MM\0*GPS 116.116789".getBytes(StandardCharsets.ISO_8859_1));
        out.write(png, 33, png.length - 33);

        Uploads.Photo photo =
                uploads(dir).check(new MockMultipartFile("foto", "x.png", "image/png", out.toByteArray()), "foto");
        assertThat(latin(photo.bytes())).doesNotContain("116.116789", "tEXt", "eXIf");
        assertThat(ImageIO.read(new ByteArrayInputStream(photo.bytes())).getWidth())
                .isEqualTo(4);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
        out.write(data.length >>> 24);
        out.write(data.length >> 16);
        out.write(data.length >> 8);
        out.write(data.length);
        out.write(t, 0, 4);
        out.write(data, 0, data.length);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        long v = crc.getValue();
        out.write((int) (v >>> 24));
        out.write((int) (v >> 16));
        out.write((int) (v >> 8));
        out.write((int) v);
    }

    @Test
    void aWebpLosesItsExifChunkAndFlag(@TempDir Path dir) throws Exception {
        byte[] vp8x = {0x0c, 0, 0, 0, 3, 0, 0, 3, 0, 0};
        byte[] exif = "MM\0*GPS 116.116789".getBytes(StandardCharsets.ISO_8859_1);
        byte[] vp8l = {0x2f, 3, (byte) 0xc0, 0, 0, 0, 0, 0};
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        webpChunk(chunks, "VP8X", vp8x);
        webpChunk(chunks, "VP8L", vp8l);
        webpChunk(chunks, "EXIF", exif);
        byte[] body = chunks.toByteArray();
        int size = body.length + 4;
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(new byte[] {'R', 'I', 'F', 'F', (byte) size, (byte) (size >> 8), 0, 0, 'W', 'E', 'B', 'P'});
        file.write(body);

        byte[] clean = uploads(dir)
                .check(new MockMultipartFile("foto", "x.webp", "image/webp", file.toByteArray()), "foto")
                .bytes();
        assertThat(latin(clean)).doesNotContain("EXIF", "116.116789").contains("VP8X", "VP8L");
        assertThat(clean[20] & 0x0c).isZero();
        assertThat((clean[4] & 0xff) | (clean[5] & 0xff) << 8).isEqualTo(clean.length - 8);
    }

    private static void webpChunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(type.getBytes(StandardCharsets.ISO_8859_1));
        out.write(data.length);
        out.write(data.length >> 8);
        out.write(0);
        out.write(0);
        out.writeBytes(data);
        if (data.length % 2 == 1) {
            out.write(0);
        }
    }

    @Test
    void otherFilesTooBigOrBrokenAreRefusedAndTraversalFindsNothing(@TempDir Path dir) throws Exception {
        Uploads uploads = uploads(dir);
        assertThatThrownBy(() -> uploads.check(
                        new MockMultipartFile("foto", "x.jpg", "image/jpeg", "<html>bukan foto</html>".getBytes()),
                        "foto"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("foto");
        byte[] big = new byte[(int) Uploads.MAX_BYTES + 1];
        big[0] = (byte) 0xff;
        big[1] = (byte) 0xd8;
        big[2] = (byte) 0xff;
        assertThatThrownBy(() -> uploads.check(new MockMultipartFile("foto", "x.jpg", "image/jpeg", big), "foto"))
                .isInstanceOf(InvalidInputException.class);
        byte[] truncated = java.util.Arrays.copyOf(jpegWithGps(), 40);
        assertThatThrownBy(() -> uploads.check(new MockMultipartFile("foto", "x.jpg", "image/jpeg", truncated), "foto"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(uploads.path("../../etc/passwd")).isNull();
        assertThat(uploads.path("0123456789abcdef0123456789abcdef.jpg")).isNull();
    }
}
