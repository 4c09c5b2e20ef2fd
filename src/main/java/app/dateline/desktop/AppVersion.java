package app.dateline.desktop;

/** The version in the jar's manifest, or "development build" when run from the classes. */
public final class AppVersion {

    private AppVersion() {
    }

    public static String number() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }
}
