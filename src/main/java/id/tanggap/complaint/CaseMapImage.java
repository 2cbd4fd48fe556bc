package id.tanggap.complaint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The small map at the head of a case's task forms: the configured map tiles ({@code tanggap.map.tile-url}, the same
 * as the dashboard's) around the complaint's point, with a red marker. When the tiles cannot be loaded (no network,
 * the tile server refuses) the map degrades to a plain grid with the marker and the coordinates, never to an error.
 */
@Component
class CaseMapImage {

    private static final Logger log = LoggerFactory.getLogger(CaseMapImage.class);

    static final int WIDTH = 480;
    static final int HEIGHT = 280;
    static final int ZOOM = 16;
    private static final int TILE = 256;

    private final String tileUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    CaseMapImage(@Value("${tanggap.map.tile-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tileUrl) {
        this.tileUrl = tileUrl;
    }

    byte[] png(double lat, double lon) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(236, 240, 236));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        double n = Math.pow(2, ZOOM);
        double px = (lon + 180) / 360 * n * TILE;
        double latRad = Math.toRadians(lat);
        double py = (1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2 * n * TILE;
        double left = px - WIDTH / 2.0;
        double top = py - HEIGHT / 2.0;
        boolean tiles = true;
        for (int tx = (int) Math.floor(left / TILE); tx <= (int) Math.floor((left + WIDTH) / TILE) && tiles; tx++) {
            for (int ty = (int) Math.floor(top / TILE); ty <= (int) Math.floor((top + HEIGHT) / TILE) && tiles; ty++) {
                BufferedImage tile = tile(tx, ty);
                if (tile == null) {
                    tiles = false;
                } else {
                    g.drawImage(tile, (int) Math.round(tx * TILE - left), (int) Math.round(ty * TILE - top), null);
                }
            }
        }
        if (!tiles) {
            g.setColor(new Color(236, 240, 236));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(205, 212, 205));
            for (int x = 0; x < WIDTH; x += 40) {
                g.drawLine(x, 0, x, HEIGHT);
            }
            for (int y = 0; y < HEIGHT; y += 40) {
                g.drawLine(0, y, WIDTH, y);
            }
        }
        int cx = WIDTH / 2;
        int cy = HEIGHT / 2;
        g.setColor(new Color(178, 34, 34));
        g.fillOval(cx - 9, cy - 9, 18, 18);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(3));
        g.drawOval(cx - 9, cy - 9, 18, 18);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        String caption = String.format(Locale.ROOT, "%.5f, %.5f", lat, lon).replace('.', ',')
                + (tiles ? "  © kontributor OpenStreetMap" : "  (peta dasar tidak dapat dimuat)");
        g.setColor(new Color(255, 255, 255, 220));
        g.fillRect(0, HEIGHT - 20, WIDTH, 20);
        g.setColor(Color.DARK_GRAY);
        g.drawString(caption, 6, HEIGHT - 6);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot draw the case map", e);
        }
    }

    private BufferedImage tile(int x, int y) {
        String url = tileUrl.replace("{z}", String.valueOf(ZOOM))
                .replace("{x}", String.valueOf(x))
                .replace("{y}", String.valueOf(y))
                .replace("{s}", "a");
        try {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(3))
                            .header("User-Agent", "Tanggap/1.0 (peta aduan untuk petugas)")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200 ? ImageIO.read(new ByteArrayInputStream(response.body())) : null;
        } catch (IOException | RuntimeException e) {
            log.debug("map tile {}/{} not loaded: {}", x, y, e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
