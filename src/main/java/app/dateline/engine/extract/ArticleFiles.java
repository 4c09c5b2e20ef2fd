package app.dateline.engine.extract;

import app.dateline.engine.article.SourceNames;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The article files named by the user: a file as it is, a folder read recursively (following links, with
 * loops detected) keeping text, Markdown and HTML files, in sorted order. Hidden files are skipped. A file
 * reached twice (named twice, or through a link to a folder already read) is read once, with a note.
 */
public final class ArticleFiles {

    private static final Set<String> EXTENSIONS = Set.of("txt", "text", "md", "markdown", "html", "htm");

    private ArticleFiles() {
    }

    /**
     * The files to read, in order, with their sizes in bytes (for progress by bytes), and the problems met
     * while listing (a missing path, a loop, a folder with no article in it).
     */
    public record Listing(List<Path> files, List<ReadProblem> problems, List<Long> sizes) {

        public Listing {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
            sizes = List.copyOf(sizes);
        }

        public Listing(List<Path> files, List<ReadProblem> problems) {
            this(files, problems, files.stream().map(f -> 0L).toList());
        }
    }

    public static Listing list(List<Path> paths) {
        return list(paths, () -> false);
    }

    /** @param cancelled looked at while folders are walked; when it turns true the listing stops */
    public static Listing list(List<Path> paths, BooleanSupplier cancelled) {
        List<Path> files = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        Map<Object, Path> seen = new HashMap<>();
        for (Path path : paths) {
            String unreachable = unreachable(path);
            if (unreachable != null) {
                problems.add(new ReadProblem(SourceNames.of(path), unreachable, true));
            } else if (!Files.exists(path)) {
                boolean link = Files.isSymbolicLink(path);
                problems.add(new ReadProblem(SourceNames.of(path), link ? "is a link to nothing (or a link loop)" : "does not exist", true));
            } else if (Files.isDirectory(path)) {
                List<Path> found = new ArrayList<>();
                walk(path, found, problems, cancelled);
                if (found.isEmpty() && !cancelled.getAsBoolean()) {
                    problems.add(new ReadProblem(SourceNames.of(path), "has no article files (" + extensions() + ")", true));
                }
                for (Path file : found) {
                    add(file, files, sizes, problems, seen);
                }
            } else {
                add(path, files, sizes, problems, seen);
            }
        }
        return new Listing(files, problems, sizes);
    }

    public static boolean isArticleName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String extensions() {
        return EXTENSIONS.stream().sorted().map(e -> "." + e).collect(Collectors.joining(", "));
    }

    /** Adds a file unless the same file (by its identity on disk) is already listed. */
    private static void add(Path file, List<Path> files, List<Long> sizes, List<ReadProblem> problems, Map<Object, Path> seen) {
        Object key;
        long size = 0;
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            key = attrs.fileKey() != null ? attrs.fileKey() : file.toRealPath();
            size = attrs.size();
        } catch (IOException | SecurityException e) {
            key = file.toAbsolutePath().normalize(); // the reader will say what is wrong with it
        }
        Path first = seen.putIfAbsent(key, file);
        if (first != null) {
            problems.add(new ReadProblem(SourceNames.of(file), "is the same file as " + SourceNames.of(first) + "; read once", false));
            return;
        }
        files.add(file);
        sizes.add(size);
    }

    private static void walk(Path root, List<Path> found, List<ReadProblem> problems, BooleanSupplier cancelled) {
        List<Path> here = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (cancelled.getAsBoolean()) {
                        return FileVisitResult.TERMINATE;
                    }
                    boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isArticleName(file)) {
                        here.add(file);
                    } else if (attrs.isOther() && !file.getFileName().toString().startsWith(".")) {
                        problems.add(new ReadProblem(SourceNames.of(file), "is not a regular file (a pipe, a socket or a device); skipped", true));
                    } else if (!attrs.isDirectory() && !Files.exists(file) && Files.isSymbolicLink(file) && isArticleName(file)) {
                        problems.add(new ReadProblem(SourceNames.of(file), "is a link to a file that does not exist; skipped", true));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // Anything that could be an article or a folder of them is named: what cannot even be
                    // looked at (a path too deep to open) may be either.
                    boolean hidden = file.getFileName() != null && file.getFileName().toString().startsWith(".");
                    if (!hidden || e instanceof FileSystemLoopException) {
                        problems.add(new ReadProblem(SourceNames.of(file), why(e), true));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new ReadProblem(SourceNames.of(root), "cannot be listed: " + why(e), true));
        }
        here.sort(null);
        found.addAll(here);
    }

    /** Why a path named by the user cannot even be looked at (too long, a folder on the way not searchable), or null. */
    private static String unreachable(Path path) {
        try {
            Files.readAttributes(path, BasicFileAttributes.class);
            return null;
        } catch (NoSuchFileException | java.nio.file.NotDirectoryException absent) {
            return null; // said below: does not exist, or a link to nothing
        } catch (IOException e) {
            return why(e);
        } catch (RuntimeException e) {
            return "cannot be read: the system gave no reason";
        }
    }

    /** Why a file or folder could not be visited, in words. */
    static String why(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "is a link back into its own folder (a loop); skipped";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "disappeared while the folder was read";
        }
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (reason != null && reason.contains("File name too long")) {
            return "is too deep to open (its path is longer than the system allows); skipped";
        }
        return "cannot be read: " + (reason == null ? "the system gave no reason" : reason);
    }
}
