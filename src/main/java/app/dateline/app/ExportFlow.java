package app.dateline.app;

import app.dateline.app.export.ExportChoice;
import app.dateline.app.export.ExportDialog;
import app.dateline.app.export.ExportFileName;
import app.dateline.app.export.ExportFormat;
import app.dateline.app.model.Workspace;
import app.dateline.app.picture.HorizontalSvg;
import app.dateline.app.picture.HtmlTimelineExporter;
import app.dateline.app.picture.PngPicture;
import app.dateline.app.picture.StoryPicture;
import app.dateline.app.picture.StoryPictures;
import app.dateline.app.timeline.TimelineView;
import app.dateline.engine.export.EventsJsonExporter;
import app.dateline.engine.export.ExportOptions;
import app.dateline.engine.export.TimelineExporter;
import app.dateline.engine.export.TimelineJsCsvExporter;
import app.dateline.engine.export.TimelineJsExporter;
import app.dateline.engine.files.OutputTarget;
import app.dateline.engine.merge.MergedEvent;
import app.dateline.engine.project.Timeline;
import app.dateline.engine.timex.DateInWords;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Exporting from the window: the export dialog, the file chooser, and the shown events as a picture or for other tools. */
public final class ExportFlow {

    private final Window owner;
    private final Workspace workspace;
    private final TimelineView timeline;
    private final Consumer<String> report;

    ExportFlow(Window owner, Workspace workspace, TimelineView timeline, Consumer<String> report) {
        this.owner = owner;
        this.workspace = workspace;
        this.timeline = timeline;
        this.report = report;
    }

    private app.dateline.app.settings.DialogFolders folders;
    private java.util.function.Supplier<app.dateline.app.settings.ExportDefaults> defaults =
            () -> app.dateline.app.settings.ExportDefaults.STANDARD;

    /** The dialog starts with the preferred format, width and scale, and in the folder last saved to. */
    void remember(app.dateline.app.settings.DialogFolders folders,
                  java.util.function.Supplier<app.dateline.app.settings.ExportDefaults> defaults) {
        this.folders = folders;
        this.defaults = defaults;
    }

    /** Asks what to export and where, then writes it; the status bar says where it went or what went wrong. */
    public void choose() {
        if (workspace.events().isEmpty()) {
            return;
        }
        String range = DateInWords.range(LocalDate.ofEpochDay((long) timeline.getVisibleStart()),
                LocalDate.ofEpochDay((long) timeline.getVisibleEnd() - 1));
        ExportDialog dialog = new ExportDialog(owner, defaultTitle(), range, defaults.get());
        dialog.showAndWait().ifPresent(choice -> {
            Path out = chooseFile(choice);
            if (out == null) {
                return;
            }
            try {
                switch (choice.format()) {
                    case PNG -> png(choice, out);
                    case SVG -> svg(choice, out);
                    default -> events(choice, out);
                }
                report.accept("Exported " + out);
            } catch (IOException | RuntimeException ex) {
                report.accept("Could not export: " + ex.getMessage());
            }
        });
    }

    private Path chooseFile(ExportChoice choice) {
        FileChooser chooser = new FileChooser();
        String ext = choice.extension();
        chooser.setTitle("Save the timeline as " + choice.format().filter() + " (" + ext.toUpperCase(Locale.ROOT) + ")");
        Path dir = folders == null ? null : folders.initial("export").orElse(null);
        if (dir != null) {
            chooser.setInitialDirectory(dir.toFile());
        }
        chooser.setInitialFileName(initialFileName(choice, dir));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(choice.format().filter(), "*." + ext));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return null;
        }
        if (folders != null) {
            folders.chose("export", file.toPath());
        }
        if (file.getName().toLowerCase(Locale.ROOT).endsWith("." + ext)) {
            return file.toPath(); // the chooser asked before replacing it
        }
        Path out = file.toPath().resolveSibling(file.getName() + "." + ext);
        // the ending added here: the chooser never saw that name, so replacing a file of it is asked here
        return !java.nio.file.Files.exists(out) || Dialogs.confirm(owner, "Replace " + out.getFileName() + "?",
                out.getFileName() + " already exists in " + out.getParent() + ". Replace it?") ? out : null;
    }

    /**
     * The name the file chooser offers: the story's ("the-taliban-2021-2024.png"; the folder's, "h1n1-2009.png", when
     * the title names nothing), never a file's already in {@code dir}.
     */
    String initialFileName(ExportChoice choice, Path dir) {
        String title = choice.title() == null || choice.title().isBlank() ? defaultTitle() : choice.title();
        return ExportFileName.free(dir, ExportFileName.stem(title, workspace.sourcesProperty().get()), choice.format());
    }

    /** Draws the shown events (filters applied) as a PNG, as the export dialog asked: the SVG's drawing, with pHYs. */
    public BufferedImage png(ExportChoice choice, Path out) throws IOException {
        BufferedImage image = PngPicture.draw(new HorizontalSvg().render(picture(choice), choice.width()), choice.scale());
        OutputTarget.of(out).write(PngPicture.png(image, choice.scale()));
        return image;
    }

    /** Draws the shown events (filters applied) as an SVG drawing, written atomically. */
    public void svg(ExportChoice choice, Path out) throws IOException {
        OutputTarget.of(out).write(new HorizontalSvg().render(picture(choice), choice.width()));
    }

    /** The exporters of {@code export --format}, by the format the dialog offers. */
    private static TimelineExporter exporter(ExportFormat format) {
        return switch (format) {
            case HTML -> new HtmlTimelineExporter();
            case TIMELINEJS -> new TimelineJsExporter();
            case CSV -> new TimelineJsCsvExporter();
            case JSON -> new EventsJsonExporter();
            default -> throw new IllegalArgumentException(format + " is a picture");
        };
    }

    /**
     * Writes the shown events (filters and key events applied) as a web page, TimelineJS JSON or CSV, or Dateline's
     * own JSON: what {@code export --format} writes, for the events the window shows.
     */
    public void events(ExportChoice choice, Path out) throws IOException {
        Timeline shown = new Timeline(List.copyOf(workspace.shownEvents()), List.of());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        String title = choice.title() == null || choice.title().isBlank() ? defaultTitle() : choice.title();
        exporter(choice.format()).write(shown, new ExportOptions(title, articles()), bytes);
        OutputTarget.of(out).write(bytes.toByteArray());
    }

    /** The picture of what the window shows: the filtered events, in the visible window unless the whole was asked. */
    StoryPicture picture(ExportChoice choice) {
        List<MergedEvent> shown = workspace.shownEvents().stream().filter(MergedEvent::isPlottable).toList();
        // the key events are counted among what the other filters let through: a search's five matches are no
        // "5 key events of 42", and the 37 others no "less important events"
        java.util.function.Predicate<MergedEvent> filtered = workspace.filter().predicateProperty().get();
        int all = (int) workspace.events().stream().filter(MergedEvent::isPlottable).filter(filtered).count();
        int undated = StoryPictures.undated(workspace.shownEvents());
        String title = choice.title() == null || choice.title().isBlank() || choice.title().equals(defaultTitle()) ? null : choice.title();
        return StoryPictures.of(shown, Math.max(all, shown.size()), undated, title,
                choice.whole() ? null : timeline.getVisibleStart(), choice.whole() ? null : timeline.getVisibleEnd(), workspace.getSeries());
    }

    /** The articles read, in the order read: the pictures take the window's colours from them. */
    private List<app.dateline.engine.article.Article> articles() {
        return workspace.articles().stream().map(a -> a.article()).toList();
    }

    /** The title the pictures make of the articles' titles, offered in the dialog. */
    private String defaultTitle() {
        List<MergedEvent> shown = workspace.shownEvents().stream().filter(MergedEvent::isPlottable).toList();
        return StoryPictures.of(shown, shown.size(), 0, null, null, null, workspace.getSeries()).title();
    }
}
