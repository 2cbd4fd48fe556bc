package id.tanggap.intake;

import id.tanggap.shared.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A complaint as a door hands it to the intake. The public door ({@code POST /api/complaints}) takes
 * this shape but only its public fields: channel (absent or WEB), externalId, threadId and region are
 * set by the authenticated doors (signed webhooks, LAPOR, the staff call center), never by the public.
 */
public record ComplaintSubmission(
        @NotNull(message = "wajib diisi") Channel channel,

        @Size(max = 200, message = "paling banyak 200 karakter")
        String externalId,

        @NotNull(message = "wajib diisi") @Valid Reporter reporter,

        @NotBlank(message = "wajib diisi") @Size(min = 10, max = 5000, message = "harus 10 sampai 5000 karakter")
        String text,

        @NotBlank(message = "wajib diisi") @Size(max = 40, message = "paling banyak 40 karakter")
        String category,

        @Valid Location location,

        @Size(max = 200, message = "paling banyak 200 karakter")
        String threadId,

        @Pattern(regexp = "[A-Z_]{3,40}", message = "harus kode kabupaten/kota, misalnya KOTA_MATARAM")
        String region,

        @Size(max = 10, message = "paling banyak 10 lampiran")
        List<
                        @NotBlank(message = "tidak boleh kosong")
                        @Size(max = 1000, message = "paling banyak 1000 karakter")
                        @Pattern(regexp = "https?://\\S+", message = "harus berupa tautan http(s)") String>
                attachments) {

    public record Reporter(
            @Size(max = 200, message = "paling banyak 200 karakter")
            String name,

            @Size(max = 200, message = "paling banyak 200 karakter")
            String contact,

            boolean anonymous,
            boolean confidential) {

        public Reporter(String name, String contact, boolean anonymous) {
            this(name, contact, anonymous, false);
        }
    }

    public record Location(
            @NotNull(message = "wajib diisi")
            @DecimalMin(value = "-90", message = "harus antara -90 dan 90")
            @DecimalMax(value = "90", message = "harus antara -90 dan 90")
            Double lat,

            @NotNull(message = "wajib diisi")
            @DecimalMin(value = "-180", message = "harus antara -180 dan 180")
            @DecimalMax(value = "180", message = "harus antara -180 dan 180")
            Double lon,

            @Size(max = 500, message = "paling banyak 500 karakter")
            String address) {}

    /** A submission without a region (most channels do not know it). */
    public ComplaintSubmission(
            Channel channel,
            String externalId,
            Reporter reporter,
            String text,
            String category,
            Location location,
            String threadId,
            List<String> attachments) {
        this(channel, externalId, reporter, text, category, location, threadId, null, attachments);
    }

    public List<String> attachmentsOrEmpty() {
        return attachments == null ? List.of() : attachments;
    }
}
