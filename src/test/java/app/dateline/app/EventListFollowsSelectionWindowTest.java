package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.engine.merge.MergedEvent;
import javafx.scene.control.skin.VirtualFlow;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** When a filter changes what the event list holds, the selected event's row is brought into view, not left off-screen. */
class EventListFollowsSelectionWindowTest extends SeedWindowTest {

    private static boolean rowInView(MergedEvent e) {
        int row = w.table().getItems().indexOf(e);
        VirtualFlow<?> flow = (VirtualFlow<?>) w.table().lookup(".virtual-flow");
        var first = flow.getFirstVisibleCell();
        var last = flow.getLastVisibleCell();
        return row >= 0 && first != null && last != null && row >= first.getIndex() && row <= last.getIndex();
    }

    @Test
    void afterTheSearchIsClearedTheSelectedRowIsInView() throws Exception {
        // the last event in date order: far below the list's first rows when every event is listed
        MergedEvent last = w.table().getItems().stream().filter(MergedEvent::isPlottable)
                .reduce((a, b) -> b).orElseThrow();
        String word = last.label().split(" ")[last.label().split(" ").length - 1];
        WindowFixture.onFx(() -> w.searchField().setText(word));
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS); // the search field's typing pause
        WaitForAsyncUtils.waitForFxEvents();
        WindowFixture.onFx(() -> w.workspace().setSelected(last));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowInView(last)).isTrue();
        // Escape in the search: every event is listed again, the selection stays, and so must its row's place in view
        WindowFixture.onFx(() -> w.searchField().clear());
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.workspace().getSelected()).isSameAs(last);
        assertThat(w.table().getItems().size()).isGreaterThan(20);
        assertThat(rowInView(last)).as("row " + w.table().getItems().indexOf(last) + " of " + w.table().getItems().size()).isTrue();
        assertThat(w.table().getSelectionModel().getSelectedItem()).isSameAs(last);
    }

    @Test
    void choosingKeyEventsKeepsTheSelectedRowInView() throws Exception {
        WindowFixture.onFx(() -> w.workspace().topProperty().set(10));
        WaitForAsyncUtils.waitForFxEvents();
        MergedEvent key = w.table().getItems().get(w.table().getItems().size() - 1);
        WindowFixture.onFx(() -> w.workspace().setSelected(key));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WindowFixture.onFx(() -> w.workspace().topProperty().set(0)); // All events
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(w.workspace().getSelected()).isSameAs(key);
            assertThat(rowInView(key)).as("row " + w.table().getItems().indexOf(key) + " of " + w.table().getItems().size()).isTrue();
        } finally {
            WindowFixture.onFx(() -> w.workspace().topProperty().set(0));
        }
    }
}
