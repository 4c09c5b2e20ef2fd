package app.dateline.app.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * The window's stylesheet, and snapshots of JavaFX nodes saved as PNGs (screenshots of the window). The
 * published pictures are drawn elsewhere, without JavaFX ({@code app.picture}).
 */
public final class TimelinePicture {

    private TimelinePicture() {
    }

    /** Writes a snapshot as a PNG. */
    public static void writePng(WritableImage image, Path out) throws IOException {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageIO.write(buffered, "png", out.toFile());
    }

    public static String stylesheet() {
        return Objects.requireNonNull(TimelinePicture.class.getResource("/dateline/app/dateline.css")).toExternalForm();
    }
}
