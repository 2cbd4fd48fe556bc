package id.tanggap.webform;

import id.tanggap.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photo evidence uploaded with the public web form: JPEG, PNG or WebP up to 5 MB, checked by
 * content, stored under an unguessable name in the upload folder ({@code TANGGAP_UPLOAD_DIR}).
 */
@Component
class Uploads {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final Map<String, String> TYPES = Map.of("jpg", "image/jpeg", "png", "image/png", "webp", "image/webp");

    private final Path dir;
    private final SecureRandom random = new SecureRandom();

    Uploads(id.tanggap.shared.TanggapProperties properties) throws IOException {
        this.dir = Path.of(properties.uploadDir()).toAbsolutePath();
        Files.createDirectories(this.dir);
    }

    /** @return the stored file's name */
    String store(MultipartFile file, String field) {
        if (file.getSize() > MAX_BYTES) {
            throw InvalidInputException.of(field, "foto paling besar 5 MB");
        }
        try (InputStream in = file.getInputStream()) {
            byte[] head = in.readNBytes(12);
            String ext = kind(head);
            if (ext == null) {
                throw InvalidInputException.of(field, "harus foto JPEG, PNG atau WebP");
            }
            byte[] name = new byte[16];
            random.nextBytes(name);
            String stored = HexFormat.of().formatHex(name) + "." + ext;
            try (InputStream all = file.getInputStream()) {
                Files.copy(all, dir.resolve(stored), StandardCopyOption.REPLACE_EXISTING);
            }
            return stored;
        } catch (IOException e) {
            throw new IllegalStateException("cannot store an upload", e);
        }
    }

    Path path(String name) {
        if (!name.matches("[0-9a-f]{32}\\.(jpg|png|webp)")) {
            return null;
        }
        Path p = dir.resolve(name);
        return Files.exists(p) ? p : null;
    }

    static String contentType(String name) {
        return TYPES.get(name.substring(name.lastIndexOf('.') + 1));
    }

    static String kind(byte[] h) {
        if (h.length >= 3 && (h[0] & 0xff) == 0xff && (h[1] & 0xff) == 0xd8 && (h[2] & 0xff) == 0xff) {
            return "jpg";
        }
        if (h.length >= 8 && (h[0] & 0xff) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G') {
            return "png";
        }
        if (h.length >= 12 && h[0] == 'R' && h[1] == 'I' && h[2] == 'F' && h[3] == 'F' && h[8] == 'W' && h[9] == 'E' && h[10] == 'B' && h[11] == 'P') {
            return "webp";
        }
        return null;
    }
}
