package app.dateline.app.settings;

import java.util.Locale;
import java.util.Objects;

/** The colour themes; each is one stylesheet of looked-up colours under {@code /dateline/app/themes/}. */
public enum Theme {
    LIGHT("Light"),
    DARK("Dark");

    private final String title;

    Theme(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public String stylesheet() {
        String name = "/dateline/app/themes/" + name().toLowerCase(Locale.ROOT) + ".css";
        return Objects.requireNonNull(Theme.class.getResource(name), name).toExternalForm();
    }

    /** The theme named {@code stored}, or light. */
    public static Theme parse(String stored) {
        for (Theme t : values()) {
            if (t.name().equalsIgnoreCase(stored)) {
                return t;
            }
        }
        return LIGHT;
    }

    @Override
    public String toString() {
        return title;
    }
}
