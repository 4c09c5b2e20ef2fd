package app.dateline.app.filter;

import static org.assertj.core.api.Assertions.assertThat;

import app.dateline.app.model.EventFilter;
import app.dateline.app.model.PrecisionClass;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The precision chooser and the filter stay in step both ways, however the filter's set is changed. */
class PrecisionChooserTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void clearingTheFilterAtOnceUnticksEveryPrecision() throws Throwable {
        AtomicReference<List<PrecisionClass>> ticked = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        EventFilter filter = new EventFilter();
        WaitForAsyncUtils.clearExceptions(); // only what this test does counts
        Platform.runLater(() -> {
            try {
                PrecisionChooser chooser = new PrecisionChooser(filter);
                filter.precisions().clear(); // threw inside the check model before the chooser stopped writing back
                ticked.set(List.copyOf(chooser.getCheckModel().getCheckedItems()));
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.checkException(); // an exception thrown on the JavaFX thread after the call
        assertThat(failure.get()).isNull();
        assertThat(ticked.get()).isEmpty();
        assertThat(filter.precisions()).isEmpty();
    }

    @Test
    void untickingOnePrecisionTakesItOutOfTheFilterOnly() throws Exception {
        EventFilter filter = new EventFilter();
        AtomicReference<PrecisionChooser> chooser = new AtomicReference<>();
        Platform.runLater(() -> {
            chooser.set(new PrecisionChooser(filter));
            chooser.get().getCheckModel().clearCheck(PrecisionClass.DECADE);
        });
        WaitForAsyncUtils.waitForFxEvents();
        EnumSet<PrecisionClass> rest = EnumSet.allOf(PrecisionClass.class);
        rest.remove(PrecisionClass.DECADE);
        assertThat(filter.precisions()).containsExactlyInAnyOrderElementsOf(rest);
    }
}
