package app.dateline.cli;

import app.dateline.desktop.AppVersion;
import picocli.CommandLine.IVersionProvider;

final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Dateline " + AppVersion.number()};
    }
}
