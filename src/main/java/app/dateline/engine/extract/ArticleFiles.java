package app.dateline.engine.extract;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The article files named by the user: a file as it is, a folder read recursively (following links, with
 * loops detected) keeping text, Markdown and HTML files, in sorted order. Hidden files are skipped.
 */
public final class ArticleFiles {

    private static final Set<String> EXTENSIONS = Set.of("txt", "text", "md", "markdown", "html", "htm");

    private ArticleFiles() {
    }

    public record Listing(List<Path> files, List<ReadProblem> problems) {
    }

    public static Listing list(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                problems.add(new ReadProblem(path.toString(), "does not exist", true));
            } else if (Files.isDirectory(path)) {
                walk(path, files, problems);
            } else {
                files.add(path);
            }
        }
        return new Listing(files, problems);
    }

    public static boolean isArticleName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static void walk(Path root, List<Path> files, List<ReadProblem> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isArticleName(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String why = e instanceof FileSystemLoopException ? "is a link back into its own folder (a loop); skipped"
                            : "cannot be read: " + e.getClass().getSimpleName() + " " + e.getMessage();
                    problems.add(new ReadProblem(file.toString(), why, true));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new ReadProblem(root.toString(), "cannot be listed: " + e.getMessage(), true));
        }
        found.sort(null);
        files.addAll(found);
    }
}
