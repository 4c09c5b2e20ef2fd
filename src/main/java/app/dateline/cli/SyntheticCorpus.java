package app.dateline.cli;

import app.dateline.engine.article.ArticleReadException;
import app.dateline.engine.article.ArticleReader;
import app.dateline.engine.extract.ArticleFiles;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A folder of news-like articles for benchmarks, made at run time and never committed: paragraphs of the
 * articles in a source folder (the corpus) mixed with sentences from templates written for this purpose in
 * the style of wire news (company results, diplomacy, courts, with the dates such text holds), under varied
 * front matter. A few files are as users' folders have them: HTML pages, Windows-1252 text, articles dated
 * by a "Published:" line, and now and then an empty or a binary file.
 */
final class SyntheticCorpus {

    private static final String[] TEMPLATES = {
        "{company} said {weekday} that its {ordinal}-quarter profit rose {n} percent to ${n} million.",
        "The {org} will meet again on {month} {day} to review the plan.",
        "Shares of {company} fell {n} cents to ${n} in trading {weekday}.",
        "{person} arrived in {city} on {weekday} for talks expected to last {numword} {units}.",
        "In {year}, {org} agreed to a ceasefire that held until {month} {year2}.",
        "The agreement, signed on {month} {day}, {year}, expires at the end of {year2}.",
        "{Numword} {units} ago, the talks in {city} collapsed without a statement.",
        "The report is due in the {season} of {year}, officials said.",
        "{Person} said {org} had been weighing the move since {month}.",
        "Last {weekday}'s vote in {city} was the first since {year}.",
        "Production will resume in early {month}, {company} said in a statement.",
        "During the {decade}, {org} expanded rapidly across the region.",
        "{Org} meets every {weekday} in {city} to set its agenda.",
        "Analysts expect the deal to close by the end of the {ordinal} quarter.",
        "The strike began {numword} {units} ago and shows no sign of ending.",
        "Talks in {city} resumed on {month} {day} after a pause of {numword} {units}.",
        "{Company}'s chief executive will step down next month, the board said yesterday.",
        "Prices rose {n} percent in {month} from a year earlier, the statistics office said.",
        "The ministry said the new rules take effect on {day} {month} {year}.",
        "By mid-{year}, {org} had spent ${n} billion on the program.",
        "{Person} told reporters on {weekday} that a decision would come later this month.",
        "A spokesman for {org} declined to comment on {weekday}.",
        "The museum in {city}, founded in {year}, reopened last week after a {numword}-year renovation.",
        "Earlier this year, {org} warned that growth would slow in the second half.",
        "The census of {year} counted {n},{n3} residents in {city}.",
        "The festival takes place each {season} in {city}.",
        "Since {month} {year}, more than {n} families have left {city}.",
        "The court will hear the case on {weekday}, {month} {day}.",
        "At {hour} p.m. on {weekday}, the polls closed in {city}.",
        "{Company} has employed about {n},000 people in {city} for {numword} decades.",
        "Officials in {city} said the plan had broad support among residents.",
        "Critics called the proposal unworkable and said it would be challenged in court.",
        "The measure passed by a wide margin after a long debate.",
        "Residents said they had not been consulted about the new road.",
        "{Person} said the two sides remained far apart on the question of sanctions.",
        "The company declined to say how many jobs would be cut.",
        "Negotiators worked through the night but could not close the gap.",
        "The central bank kept its main rate at {n} percent, as expected.",
        "Investors had been waiting for a signal on interest rates for weeks.",
        "The envoy is expected in {city} later this week, diplomats said.",
    };
    private static final String[] COMPANIES = {"Acme Corp.", "General Motors", "Northwind Traders", "Siemens", "Toyota", "Boeing",
        "Nokia", "Contoso Ltd.", "BlueRiver Mining", "Atlas Shipping", "Helios Energy", "Fabrikam"};
    private static final String[] ORGS = {"the Federal Reserve", "the European Commission", "Congress", "the Security Council",
        "the Taliban", "NATO", "the World Bank", "OPEC", "the Kremlin", "the State Department", "the African Union",
        "the central bank", "the finance ministry", "the electoral commission"};
    private static final String[] PEOPLE = {"the minister", "a spokesman", "the president", "Ms. Rivera", "Mr. Chen", "the chief executive",
        "the ambassador", "a senior official", "the prime minister", "Dr. Okafor", "the governor"};
    private static final String[] CITIES = {"Kabul", "Doha", "Beijing", "Moscow", "Washington", "Brussels", "Geneva", "Tokyo", "Nairobi",
        "Islamabad", "Tashkent", "Ankara", "Jakarta", "Lima", "Oslo"};
    private static final String[] ORDINALS = {"first", "second", "third", "fourth"};
    private static final String[] NUMWORDS = {"two", "three", "four", "five", "six", "several", "ten"};
    private static final String[] UNITS = {"days", "weeks", "months", "years"};
    private static final String[] SEASONS = {"spring", "summer", "autumn", "winter"};
    private static final String[] PUBLISHERS = {"Wire Service", "The Daily Ledger", "Foreign Desk", "Evening Post", "Market Watchers",
        "Radio Free News", "The Observer Weekly"};
    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z]+[0-9]?)\\}");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private final Random random;
    private final List<String> sourceParagraphs;

    SyntheticCorpus(long seed, Path source) throws IOException {
        this.random = new Random(seed);
        this.sourceParagraphs = paragraphs(source);
    }

    /** What was written: articles and words. */
    record Written(int articles, long words) {
    }

    Written write(Path dir, int articles, int meanWords) throws IOException {
        long words = 0;
        for (int i = 0; i < articles; i++) {
            Path folder = dir.resolve(String.format(Locale.ROOT, "%02d", i / 500));
            Files.createDirectories(folder);
            String name = String.format(Locale.ROOT, "article-%05d", i);
            if (i % 1000 == 999) {
                Files.write(folder.resolve(name + ".txt"), new byte[0]);
                continue;
            }
            if (i % 997 == 996) {
                byte[] bytes = new byte[2048];
                random.nextBytes(bytes);
                bytes[0] = (byte) 0x89;
                bytes[1] = 0;
                Files.write(folder.resolve(name + ".txt"), bytes);
                continue;
            }
            LocalDate published = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(30 * 365));
            List<String> paragraphs = new ArrayList<>();
            int target = meanWords / 2 + random.nextInt(meanWords + 1);
            int count = 0;
            while (count < target) {
                String p = paragraph();
                paragraphs.add(p);
                count += words(p);
            }
            words += count;
            String title = fill("{Org} and {company} at odds in {city}");
            if (i % 200 == 13) {
                StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>" + title
                        + "</title><script>var tracking = 'March 3, 2020';</script></head><body><h1>" + title + "</h1>");
                html.append("<p class=\"dateline\">Published: ").append(published.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                        .append(' ').append(published.getDayOfMonth()).append(", ").append(published.getYear()).append("</p>");
                paragraphs.forEach(p -> html.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n"));
                Files.writeString(folder.resolve(name + ".html"), html.append("</body></html>\n"));
                continue;
            }
            StringBuilder text = new StringBuilder();
            if (i % 500 == 77) {
                text.append(title).append("\nPublished: ").append(published.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                        .append(' ').append(published.getDayOfMonth()).append(", ").append(published.getYear()).append("\n\n");
            } else {
                text.append("---\ntitle: \"").append(title).append("\"\npublisher: ").append(PUBLISHERS[random.nextInt(PUBLISHERS.length)])
                        .append("\npublished: ").append(published).append("\n---\n");
            }
            paragraphs.forEach(p -> text.append(p).append('\n'));
            if (i % 300 == 41) {
                Files.write(folder.resolve(name + ".txt"), text.toString().replace("'", "\u2019").replace(" \"", " \u201c")
                        .getBytes(Charset.forName("windows-1252")));
            } else {
                Files.writeString(folder.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
            }
        }
        return new Written(articles, words);
    }

    private String paragraph() {
        if (!sourceParagraphs.isEmpty() && random.nextInt(10) < 3) {
            return sourceParagraphs.get(random.nextInt(sourceParagraphs.size()));
        }
        StringBuilder p = new StringBuilder();
        int sentences = 1 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            p.append(i == 0 ? "" : " ").append(fill(TEMPLATES[random.nextInt(TEMPLATES.length)]));
        }
        return p.toString();
    }

    private String fill(String template) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String slot = m.group(1);
            String value = value(slot.toLowerCase(Locale.ROOT).replaceAll("\\d$", ""));
            if (Character.isUpperCase(slot.charAt(0))) {
                value = Character.toUpperCase(value.charAt(0)) + value.substring(1);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String value(String slot) {
        return switch (slot) {
            case "company" -> pick(COMPANIES);
            case "org" -> pick(ORGS);
            case "person" -> pick(PEOPLE);
            case "city" -> pick(CITIES);
            case "ordinal" -> pick(ORDINALS);
            case "numword" -> pick(NUMWORDS);
            case "units" -> pick(UNITS);
            case "season" -> pick(SEASONS);
            case "weekday" -> java.time.DayOfWeek.of(1 + random.nextInt(7)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "month" -> java.time.Month.of(1 + random.nextInt(12)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "day" -> String.valueOf(1 + random.nextInt(28));
            case "year" -> String.valueOf(1990 + random.nextInt(35));
            case "decade" -> (1950 + 10 * random.nextInt(7)) + "s";
            case "hour" -> String.valueOf(1 + random.nextInt(11));
            case "n3" -> String.format(Locale.ROOT, "%03d", random.nextInt(1000));
            default -> String.valueOf(2 + random.nextInt(90));
        };
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    static long words(String text) {
        Matcher m = WORD.matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static List<String> paragraphs(Path source) throws IOException {
        List<String> out = new ArrayList<>();
        if (source == null || !Files.isDirectory(source)) {
            return out;
        }
        ArticleReader reader = new ArticleReader();
        for (Path file : ArticleFiles.list(List.of(source)).files()) {
            try {
                for (String line : reader.read(file).body().split("\n")) {
                    if (words(line) >= 12) {
                        out.add(line.strip());
                    }
                }
            } catch (ArticleReadException unreadable) {
                // a source file that cannot be read gives no paragraphs
            }
        }
        return out;
    }
}
