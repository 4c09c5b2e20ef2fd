package app.dateline.app.filter;

import app.dateline.app.desktop.LazyTooltip;
import app.dateline.app.model.PrecisionClass;
import app.dateline.app.model.EventFilter;
import java.util.ArrayList;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import org.controlsfx.control.CheckComboBox;

/** The precision filter: a ControlsFX {@link CheckComboBox} kept in step with {@link EventFilter#precisions()}. */
public final class PrecisionChooser extends CheckComboBox<PrecisionClass> {

    /**
     * True while the checks are being set from the filter: the check model's own change events must not write the
     * filter back then (the filter's set is in the middle of its change, as in {@code precisions().clear()}).
     */
    private boolean following;

    public PrecisionChooser(EventFilter filter) {
        getItems().setAll(PrecisionClass.values());
        getCheckModel().checkAll();
        setTitle("Precision");
        setShowCheckedCount(true);
        setPrefWidth(150);
        LazyTooltip.install(this, "Show only events dated to the day, the month, the year…");
        getCheckModel().getCheckedItems().addListener((ListChangeListener<PrecisionClass>) c -> {
            if (following) {
                return;
            }
            var chosen = new ArrayList<>(getCheckModel().getCheckedItems());
            filter.precisions().retainAll(chosen);
            filter.precisions().addAll(chosen);
        });
        filter.precisions().addListener((SetChangeListener<PrecisionClass>) c -> {
            following = true;
            try {
                follow(filter);
            } finally {
                following = false;
            }
        });
    }

    /** Ticks exactly the precisions the filter shows. */
    private void follow(EventFilter filter) {
        for (PrecisionClass p : PrecisionClass.values()) {
            boolean on = filter.precisions().contains(p);
            if (on != getCheckModel().isChecked(p)) {
                if (on) {
                    getCheckModel().check(p);
                } else {
                    getCheckModel().clearCheck(p);
                }
            }
        }
    }
}
