package id.tanggap.webform;

import id.tanggap.shared.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photo evidence uploaded with the public web form: JPEG, PNG or WebP up to 5 MB, checked by
 * content, stored under an unguessable name in the upload folder ({@code TANGGAP_UPLOAD_DIR}).
 * Photos are public once linked to a case, so they are {@link #check checked} and cleaned of
 * metadata first (EXIF with the phone's GPS position, XMP, comments: they can show where the
 * reporter lives) and {@link #save saved} only once the complaint has been accepted.
 */
@Component
public class Uploads {

    private static final Logger log = LoggerFactory.getLogger(Uploads.class);

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final Map<String, String> TYPES =
            Map.of("jpg", "image/jpeg", "png", "image/png", "webp", "image/webp");

    /** A checked photo, metadata removed, not yet on disk. */
    public record Photo(String name, byte[] bytes) {}

    private final Path dir;
    private final SecureRandom random = new SecureRandom();

    Uploads(id.tanggap.shared.TanggapProperties properties) throws IOException {
        this.dir = Path.of(properties.uploadDir()).toAbsolutePath();
        Files.createDirectories(this.dir);
    }

    /** Checks one upload and removes its metadata; stores nothing. */
    public Photo check(MultipartFile file, String field) {
        if (file.getSize() > MAX_BYTES) {
            throw InvalidInputException.of(field, "foto paling besar 5 MB");
        }
        byte[] all;
        try (InputStream in = file.getInputStream()) {
            all = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read an upload", e);
        }
        return check(all, field);
    }

    /** Checks one photo received otherwise (a messaging platform's media) and removes its metadata; stores nothing. */
    public Photo check(byte[] all, String field) {
        if (all.length > MAX_BYTES) {
            throw InvalidInputException.of(field, "foto paling besar 5 MB");
        }
        String ext = kind(Arrays.copyOf(all, Math.min(12, all.length)));
        if (ext == null) {
            throw InvalidInputException.of(field, "harus foto JPEG, PNG atau WebP");
        }
        byte[] clean;
        try {
            clean = switch (ext) {
                case "jpg" -> stripJpeg(all);
                case "png" -> stripPng(all);
                default -> stripWebp(all);
            };
        } catch (RuntimeException e) {
            throw InvalidInputException.of(field, "foto rusak atau tidak dapat dibaca");
        }
        byte[] name = new byte[16];
        random.nextBytes(name);
        return new Photo(HexFormat.of().formatHex(name) + "." + ext, clean);
    }

    /** Writes checked photos; called after the complaint they belong to was accepted. */
    public void save(List<Photo> photos) {
        for (Photo p : photos) {
            try {
                Path tmp = dir.resolve(p.name() + ".part");
                Files.write(tmp, p.bytes());
                Files.move(
                        tmp,
                        dir.resolve(p.name()),
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // the case exists already; a missing photo is shown as missing, the case is not lost
                log.error("cannot store a photo of an accepted complaint", e);
            }
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

    /** "jpg", "png" or "webp" by the file's first bytes (its magic number), null for anything else. */
    public static String kind(byte[] h) {
        if (h.length >= 3 && (h[0] & 0xff) == 0xff && (h[1] & 0xff) == 0xd8 && (h[2] & 0xff) == 0xff) {
            return "jpg";
        }
        if (h.length >= 8 && (h[0] & 0xff) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G') {
            return "png";
        }
        if (h.length >= 12
                && h[0] == 'R'
                && h[1] == 'I'
                && h[2] == 'F'
                && h[3] == 'F'
                && h[8] == 'W'
                && h[9] == 'E'
                && h[10] == 'B'
                && h[11] == 'P') {
            return "webp";
        }
        return null;
    }

    /**
     * Copies a JPEG without its metadata segments: keeps JFIF (APP0), the colour profile (APP2
     * ICC_PROFILE) and Adobe's colour transform (APP14), which the picture needs; drops EXIF/XMP
     * (APP1), the other APPn and comments, and anything after the end of the image (phones append
     * further pictures there, each with its own EXIF). Lossless: the image data is not re-encoded.
     */
    static byte[] stripJpeg(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(0xff);
        out.write(0xd8);
        int i = 2;
        while (true) {
            if (i + 1 >= in.length || (in[i] & 0xff) != 0xff) {
                throw new IllegalArgumentException("not a marker at " + i);
            }
            int marker = in[i + 1] & 0xff;
            if (marker == 0xff) {
                i++; // fill byte
                continue;
            }
            if (marker == 0xd9) {
                out.write(in, i, 2);
                return out.toByteArray();
            }
            if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                out.write(in, i, 2);
                i += 2;
                continue;
            }
            int length = ((in[i + 2] & 0xff) << 8) | (in[i + 3] & 0xff);
            int end = i + 2 + length;
            if (length < 2 || end > in.length) {
                throw new IllegalArgumentException("segment overruns the file");
            }
            if (keepJpegSegment(marker, in, i + 4, end)) {
                out.write(in, i, end - i);
            }
            i = end;
            if (marker == 0xda) {
                // entropy-coded data up to the next marker that is not stuffing or a restart
                int start = i;
                while (i + 1 < in.length
                        && !((in[i] & 0xff) == 0xff
                                && (in[i + 1] & 0xff) != 0
                                && !((in[i + 1] & 0xff) >= 0xd0 && (in[i + 1] & 0xff) <= 0xd7))) {
                    i++;
                }
                if (i + 1 >= in.length) {
                    throw new IllegalArgumentException("no end of image");
                }
                out.write(in, start, i - start);
            }
        }
    }

    private static boolean keepJpegSegment(int marker, byte[] in, int from, int to) {
        if (marker == 0xfe) {
            return false; // comment
        }
        if (marker < 0xe0 || marker > 0xef) {
            return true; // frame, tables, scan headers
        }
        return marker == 0xe0
                || marker == 0xee
                || (marker == 0xe2
                        && to - from >= 12
                        && new String(in, from, 12, StandardCharsets.ISO_8859_1).equals("ICC_PROFILE\0"));
    }

    private static final Set<String> PNG_METADATA = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");

    /** Copies a PNG without its text, EXIF and time chunks, up to IEND. */
    static byte[] stripPng(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        int i = 8;
        while (true) {
            if (i + 12 > in.length) {
                throw new IllegalArgumentException("no IEND");
            }
            long length = ((in[i] & 0xffL) << 24)
                    | ((in[i + 1] & 0xff) << 16)
                    | ((in[i + 2] & 0xff) << 8)
                    | (in[i + 3] & 0xff);
            String type = new String(in, i + 4, 4, StandardCharsets.ISO_8859_1);
            long end = i + 12 + length;
            if (end > in.length) {
                throw new IllegalArgumentException("chunk overruns the file");
            }
            if (!PNG_METADATA.contains(type)) {
                out.write(in, i, (int) (end - i));
            }
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
            i = (int) end;
        }
    }

    /** Copies a WebP without its EXIF and XMP chunks (and clears their flags in VP8X). */
    static byte[] stripWebp(byte[] in) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(in.length);
        int i = 12;
        long riffEnd = Math.min(
                in.length,
                8 + (((in[4] & 0xffL)) | ((in[5] & 0xff) << 8) | ((in[6] & 0xff) << 16) | ((in[7] & 0xffL) << 24)));
        while (i + 8 <= riffEnd) {
            String type = new String(in, i, 4, StandardCharsets.ISO_8859_1);
            long size = (in[i + 4] & 0xffL)
                    | ((in[i + 5] & 0xff) << 8)
                    | ((in[i + 6] & 0xff) << 16)
                    | ((in[i + 7] & 0xffL) << 24);
            long end = i + 8 + size + (size & 1);
            if (i + 8 + size > in.length) {
                throw new IllegalArgumentException("chunk overruns the file");
            }
            end = Math.min(end, in.length);
            if (!type.equals("EXIF") && !type.equals("XMP ")) {
                int at = body.size();
                body.write(in, i, (int) (end - i));
                if (type.equals("VP8X") && size >= 1) {
                    byte[] sofar = body.toByteArray();
                    sofar[at + 8] &= (byte) ~0x0c;
                    body.reset();
                    body.write(sofar, 0, sofar.length);
                }
            }
            i = (int) end;
        }
        byte[] chunks = body.toByteArray();
        if (chunks.length == 0) {
            throw new IllegalArgumentException("no image chunks");
        }
        int riffSize = 4 + chunks.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream(chunks.length + 12);
        out.write(
                new byte[] {
                    'R',
                    'I',
                    'F',
                    'F',
                    (byte) riffSize,
                    (byte) (riffSize >> 8),
                    (byte) (riffSize >> 16),
                    (byte) (riffSize >>> 24),
                    'W',
                    'E',
                    'B',
                    'P'
                },
                0,
                12);
        out.write(chunks, 0, chunks.length);
        return out.toByteArray();
    }
}
