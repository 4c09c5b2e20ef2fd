package app.dateline.app.export;

import app.dateline.app.format.DateWords;
import app.dateline.app.timeline.TimelineView;
import app.dateline.app.timeline.layout.SeriesPalette;
import app.dateline.app.timeline.layout.TimelineItem;
import app.dateline.engine.event.Event;
import java.util.List;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * The timeline as a picture: a title, the same {@link TimelineView} the window shows (drawn off screen at the
 * asked scale, so text stays sharp at 2x and 3x), and a legend of the articles. The window's Export and the
 * {@code export-png} command both come here. Must run on the JavaFX thread.
 */
public final class TimelinePicture {

    /** The most lanes a picture grows to; beyond that, crowds fold into clusters as on screen. */
    public static final int MAX_LANES = 40;
    private static final double PADDING = 24;

    private TimelinePicture() {
    }

    public static WritableImage render(PictureRequest r) {
        TimelineView timeline = new TimelineView();
        timeline.setInteractive(false);
        timeline.setFocusTraversable(false);
        timeline.setSeries(r.series());
        // a window shows the events that meet it, with room after its last day for their labels
        List<Event> events = r.whole() ? r.events() : r.events().stream().filter(e -> meets(e, r.from(), r.to())).toList();
        timeline.setItems(FXCollections.observableArrayList(events));
        timeline.setRenderScale(r.scale());

        Label title = new Label(r.title());
        title.getStyleClass().add("picture-title");
        title.setWrapText(true);
        Label subtitle = new Label();
        subtitle.getStyleClass().add("picture-subtitle");
        FlowPane legend = legend(r, events);
        VBox root = new VBox(8, title, subtitle, timeline, legend);
        if (r.footer() != null) {
            Label footer = new Label(r.footer());
            footer.getStyleClass().add("picture-footer");
            root.getChildren().add(footer);
        }
        root.getStyleClass().add("timeline-picture");
        root.setPadding(new Insets(PADDING));
        double inner = r.width() - 2 * PADDING;
        legend.setPrefWrapLength(inner);
        legend.setMaxWidth(inner);
        root.setMinWidth(r.width());
        root.setPrefWidth(r.width());
        root.setMaxWidth(r.width());
        timeline.setMinWidth(inner);
        timeline.setPrefWidth(inner);
        timeline.setMaxWidth(inner);
        timeline.setPrefHeight(300);

        Scene scene = new Scene(root, r.width(), 600);
        scene.getStylesheets().addAll(stylesheets());
        root.applyCss();
        root.layout();
        if (r.whole()) {
            timeline.fit();
            timeline.setAxisLimit(Math.ceil(timeline.getModel().lastDay()) + 1);
        } else {
            timeline.setAxisLimit(r.to());
            double room = Math.min(inner * 0.3, timeline.getMetrics().maxLabelWidth() + 16);
            double dpp = (r.to() - r.from()) / (inner - room);
            timeline.setVisibleRange(r.from(), r.from() + inner * dpp);
        }
        double height = timeline.heightToShowAll(inner, MAX_LANES);
        timeline.setMinHeight(height);
        timeline.setPrefHeight(height);
        timeline.setMaxHeight(height);
        int shown = timeline.getModel().size();
        subtitle.setText(subtitle(r, events, timeline, shown));
        root.applyCss();
        root.layout();
        double totalHeight = root.prefHeight(r.width());
        root.resize(r.width(), totalHeight);
        root.layout();
        timeline.paintNow();

        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        params.setTransform(new Scale(r.scale(), r.scale()));
        int w = (int) Math.round(r.width() * r.scale());
        int h = (int) Math.round(totalHeight * r.scale());
        WritableImage image = new WritableImage(w, h);
        return root.snapshot(params, image);
    }

    /** The articles that have events in the picture, each with its colour and how many. */
    private static FlowPane legend(PictureRequest r, List<Event> events) {
        FlowPane legend = new FlowPane(18, 6);
        legend.getStyleClass().add("picture-legend");
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (Event e : events) {
            if (e.isPlottable()) {
                counts.merge(r.series().applyAsInt(e), 1, Integer::sum);
            }
        }
        for (LegendEntry entry : r.legend()) {
            int count = counts.getOrDefault(entry.series(), 0);
            if (count == 0) {
                continue; // an article with nothing in the picture is left out of its legend
            }
            Rectangle swatch = new Rectangle(12, 12, Color.web(SeriesPalette.hex(entry.series())));
            swatch.setArcWidth(4);
            swatch.setArcHeight(4);
            Label name = new Label(entry.title() + (entry.detail() == null || entry.detail().isBlank() ? "" : " — " + entry.detail())
                    + "  (" + count + ")");
            name.getStyleClass().add("picture-legend-label");
            HBox line = new HBox(6, swatch, name);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            legend.getChildren().add(line);
        }
        return legend;
    }

    private static boolean meets(Event e, double from, double to) {
        if (!e.isPlottable()) {
            return false;
        }
        TimelineItem it = TimelineItem.of(e, 0);
        return it.periodStart() < to && it.periodEnd() > from;
    }

    private static String subtitle(PictureRequest r, List<Event> events, TimelineView timeline, int shown) {
        long articles = events.stream().filter(Event::isPlottable).map(e -> e.article().source()).distinct().count();
        double first = r.whole() ? timeline.getModel().firstDay() : r.from();
        double last = r.whole() ? timeline.getModel().lastDay() : r.to();
        String range = shown == 0 ? "no dates" : DateWords.range(LocalDate.ofEpochDay((long) Math.floor(first)),
                LocalDate.ofEpochDay((long) Math.ceil(last) - 1));
        return shown + (shown == 1 ? " dated event" : " dated events") + " from " + articles
                + (articles == 1 ? " article" : " articles") + " · " + (r.whole() ? "the whole timeline, " : "") + range;
    }

    public static void writePng(WritableImage image, Path out) throws IOException {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (param.canWriteCompressed()) {
            // light deflate: a timeline is mostly flat colour, so it still packs well, and writes several times faster
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.75f);
        }
        Files.deleteIfExists(out);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out.toFile())) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(buffered, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /**
     * Loads what the first picture needs (JavaFX's default stylesheet and ours, the controls it uses) so that
     * this can overlap other work, such as reading the articles. Must run on the JavaFX thread.
     */
    public static void prepare() {
        VBox root = new VBox(new Label("x"), new TimelineView(), new FlowPane());
        new Scene(root).getStylesheets().addAll(stylesheets());
        root.applyCss();
        root.layout();
    }

    /** A picture is always drawn in the light theme (it is for print and for pages). */
    public static java.util.List<String> stylesheets() {
        return java.util.List.of(app.dateline.app.settings.Theme.LIGHT.stylesheet(), stylesheet());
    }

    /** The window's and the picture's stylesheet, without a theme's colours. */
    public static String stylesheet() {
        return Objects.requireNonNull(TimelinePicture.class.getResource("/dateline/app/dateline.css")).toExternalForm();
    }
}
