package app.dateline.app.picture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A picture's title when none is given: the words most of the articles' titles share ("The Taliban"), then the
 * story's years ("The Taliban, 2021–2024"). Words in {@code /dateline/picture/title-stopwords.txt} never count.
 * Articles with no title are named by their files: the words every file's name holds name the story then
 * ("2009-03-02_H1N1_reuters_291.txt", "2009-04-25_H1N1_bbc_558.txt"…: "H1N1, 2009", where it was "Timeline, 2009").
 */
public final class PictureTitle {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{Nd}'’.-]*\\p{L}|\\p{L}");
    private static final Set<String> STOP = stopWords();
    /** "wsj_0568.txt": an article with no title is named by its file, which says nothing of the story. */
    private static final Pattern FILE_NAME = Pattern.compile("[\\w.-]+\\.[A-Za-z]{2,8}");

    private PictureTitle() {
    }

    /**
     * @param titles the articles' titles
     * @param years  "2021–2024", or null
     */
    public static String of(List<String> titles, String years) {
        String words = sharedWords(titles);
        if (words.isEmpty()) {
            words = sharedFileWords(titles);
        }
        if (words.isEmpty()) {
            words = titles.size() == 1 && !FILE_NAME.matcher(titles.get(0).strip()).matches() ? titles.get(0) : "Timeline";
        }
        return years == null || years.isEmpty() ? words : words + ", " + years;
    }

    /** The words in at least half of the titles (at least two), in the order of the title that has most of them. */
    static String sharedWords(List<String> all) {
        List<String> titles = all.stream().filter(t -> !FILE_NAME.matcher(t.strip()).matches()).toList();
        if (titles.size() < 2) {
            return "";
        }
        Map<String, Integer> in = new LinkedHashMap<>();
        for (String t : titles) {
            for (String w : words(t).stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList()) {
                if (!STOP.contains(w) && w.length() > 1) {
                    in.merge(w, 1, Integer::sum);
                }
            }
        }
        int needed = Math.max(2, (titles.size() + 1) / 2);
        int best = in.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (best < needed) {
            return "";
        }
        // the words shared nearly as widely as the most shared one, at most three
        Set<String> shared = in.entrySet().stream().filter(e -> e.getValue() >= Math.max(needed, best - 1))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        String model = titles.get(0);
        for (String t : titles) {
            if (count(t, shared) > count(model, shared)) {
                model = t;
            }
        }
        List<String> out = new ArrayList<>();
        boolean the = false;
        Matcher m = WORD.matcher(model);
        String previous = "";
        while (m.find()) {
            String w = m.group();
            if (shared.contains(w.toLowerCase(Locale.ROOT)) && out.stream().noneMatch(w::equalsIgnoreCase)) {
                if (out.isEmpty() && previous.equalsIgnoreCase("the")) {
                    the = true;
                }
                out.add(w);
            }
            previous = w;
        }
        if (!out.isEmpty() && !the) { // "the Taliban" in any title: The Taliban
            Pattern withThe = Pattern.compile("(?i)\\bthe\\s+" + Pattern.quote(out.get(0)) + "\\b");
            the = titles.stream().anyMatch(t -> withThe.matcher(t).find());
        }
        String joined = out.size() <= 2 ? String.join(" and ", out)
                : String.join(", ", out.subList(0, out.size() - 1)) + " and " + out.get(out.size() - 1);
        return (the ? "The " : "") + joined;
    }

    /**
     * The words (with a letter, not the extension) that the name of every file holds, when there are two files or
     * more and every title is a file's name: "H1N1" of "2009-03-02_H1N1_reuters_291.txt" and its like; else "".
     */
    static String sharedFileWords(List<String> titles) {
        if (titles.size() < 2 || !titles.stream().allMatch(t -> FILE_NAME.matcher(t.strip()).matches())) {
            return "";
        }
        List<String> first = fileWords(titles.get(0));
        Set<String> common = new java.util.HashSet<>(first.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        for (String t : titles) {
            common.retainAll(fileWords(t).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        }
        return first.stream().filter(w -> common.contains(w.toLowerCase(Locale.ROOT))).distinct()
                .collect(Collectors.joining(" "));
    }

    private static List<String> fileWords(String fileName) {
        String name = fileName.strip();
        String stem = name.substring(0, name.lastIndexOf('.'));
        List<String> out = new ArrayList<>();
        for (String part : stem.split("[^\\p{L}\\p{Nd}]+")) {
            if (part.chars().anyMatch(Character::isLetter)) {
                out.add(part);
            }
        }
        return out;
    }

    private static int count(String title, Set<String> shared) {
        return (int) words(title).stream().filter(w -> shared.contains(w.toLowerCase(Locale.ROOT))).distinct().count();
    }

    private static List<String> words(String title) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(title);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Set<String> stopWords() {
        try (InputStream in = PictureTitle.class.getResourceAsStream("/dateline/picture/title-stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /dateline/picture/title-stopwords.txt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
