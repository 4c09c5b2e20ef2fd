package app.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class PanesLaterTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theStepWaitsForTheReadingToEndAndRunsOnce() throws Exception {
        SimpleBooleanProperty loading = new SimpleBooleanProperty(true);
        AtomicInteger runs = new AtomicInteger();
        FxToolkit.setupFixture(() -> PanesLater.run(loading, runs::incrementAndGet, Long.MAX_VALUE));
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS); // some pulses of reading
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runs).hasValue(0);

        FxToolkit.setupFixture(() -> loading.set(false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runs.get() > 0);
        FxToolkit.setupFixture(() -> {
            loading.set(true);
            loading.set(false);
        });
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runs).hasValue(1);
    }

    @Test
    void aLongReadingDoesNotKeepThePanesOutForEver() throws Exception {
        SimpleBooleanProperty loading = new SimpleBooleanProperty(true); // never ends
        AtomicInteger runs = new AtomicInteger();
        FxToolkit.setupFixture(() -> PanesLater.run(loading, runs::incrementAndGet, 50_000_000L));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> runs.get() > 0);
        assertThat(runs).hasValue(1);
    }
}
