package app.dateline.app.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The last folder of each file dialog (open a folder, open files, export), so that each opens where it was
 * left. A folder that is gone is as if none had been kept.
 */
public final class DialogFolders {

    private final Settings settings;

    public DialogFolders(Settings settings) {
        this.settings = settings;
    }

    /** Where the dialog {@code dialog} should open. */
    public Optional<Path> initial(String dialog) {
        return settings.get("dialog." + dialog).map(Path::of).filter(Files::isDirectory);
    }

    /** The reader chose {@code chosen} in {@code dialog}: a folder is kept as it is, a file by its folder. */
    public void chose(String dialog, Path chosen) {
        Path folder = Files.isDirectory(chosen) ? chosen : chosen.toAbsolutePath().getParent();
        if (folder != null) {
            settings.put("dialog." + dialog, folder.toAbsolutePath().toString());
        }
    }
}
