package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.skin.VirtualFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A story of one spring and summer (30 events) that recalls two far years: the event list opens on the story's events, where the
 * timeline opens, not on the far years at the top of the date order (pooled H1N1 opened its list on "1000").
 */
class EventListOpensOnTheStoryWindowTest {

    private static final String[] DONE = {"the council voted to close the bridge", "engineers found a crack in a pier",
        "the ferry service started again", "the mayor asked the region for money", "a second crack was found",
        "the region sent inspectors", "traffic moved to the ring road", "shops on the quay reported losses",
        "the council chose a builder", "work on the pier began", "the builder asked for more time",
        "divers checked the river bed", "the first new beam was lifted in", "the bridge opened to cyclists",
        "the ring road was closed for repairs", "the bridge opened to cars", "the buses went back to the old route",
        "the river police lifted the speed limit", "the council counted the cost", "a market was held on the bridge",
        "the builder was paid the last instalment", "the inspectors wrote their report", "the region approved a fund",
        "the quay shops held a street party", "the council thanked the divers", "a plaque was fixed to the pier",
        "the ferry stopped for the summer", "the school trips crossed on foot again", "the night buses returned",
        "the lights on the bridge were switched on"};

    @Test
    void theListOpensOnTheStorysEventsNotOnTheFarYearsItRecalls(@TempDir Path dir) throws Exception {
        StringBuilder story = new StringBuilder("The town bridge, built in 1120 and widened in 1439, closed this spring.\n\n");
        LocalDate day = LocalDate.of(2023, 3, 2);
        for (String done : DONE) {
            story.append("On ").append(day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH))
                    .append(' ').append(day.getDayOfMonth()).append(", 2023, ").append(done).append(".\n\n");
            day = day.plusDays(5);
        }
        Files.writeString(dir.resolve("bridge.txt"), story.toString());
        FxToolkit.registerPrimaryStage();
        MainWindow[] shown = new MainWindow[1];
        FxToolkit.setupFixture(() -> {
            shown[0] = new MainWindow(new javafx.stage.Stage(), null);
            shown[0].show();
            shown[0].open(java.util.List.of(dir));
        });
        MainWindow w = shown[0];
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> !w.loadingProperty().get() && w.workspace().events().size() > DONE.length);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.workspace().events().stream().filter(e -> e.isPlottable() && e.date().from().getYear() < 1500))
                .as("the far years are events too, first in date order").isNotEmpty();
        assertThat(w.table().getItems().get(0).date().from().getYear()).isLessThan(1500);
        assertThat(w.timeline().openingDays()[0]).as("the timeline opens on the story")
                .isGreaterThan(LocalDate.of(2022, 1, 1).toEpochDay());
        int[] seen = visibleRows(w);
        int first = 0;
        while (w.table().getItems().get(first).date().from().getYear() < 2023) {
            first++;
        }
        assertThat(seen[0]).as("the far year at the top of the list is scrolled past").isGreaterThan(0);
        assertThat(first).as("the story's first event is in view").isBetween(seen[0], seen[1]);
        FxToolkit.setupFixture(() -> w.stage().close());
    }

    /** The first and last rows of the list in view. */
    private static int[] visibleRows(MainWindow w) throws Exception {
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> w.table().getSkin() != null
                && w.table().lookup(".virtual-flow") instanceof VirtualFlow<?> f && f.getFirstVisibleCell() != null);
        WaitForAsyncUtils.waitForFxEvents();
        int[] rows = new int[2];
        FxToolkit.setupFixture(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) w.table().lookup(".virtual-flow");
            rows[0] = flow.getFirstVisibleCell().getIndex();
            rows[1] = flow.getLastVisibleCell().getIndex();
        });
        return rows;
    }
}
