package app.dateline.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The archive job's command line, for {@code spark-submit} (its jar's main class) and for local mode
 * ({@code mvn -Pspark-local compile exec:exec -Dspark.args="..."}). Prints one summary line; the exit code is 0
 * when at least one article was read, 1 when none could be, 2 for a usage error.
 */
public final class SparkMain {

    private SparkMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            System.out.println(JobOptions.USAGE);
            System.exit(args.length == 0 ? 2 : 0);
        }
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("dateline spark: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("dateline")
                .config("spark.ui.showConsoleProgress", "false");
        if (!new SparkConf().contains("spark.master")) {
            builder.master(options.master());
        }
        SparkSession spark = builder.getOrCreate();
        int exit;
        try {
            ArchiveJob.Summary s = ArchiveJob.run(spark, options);
            System.out.printf("articles=%d mentions=%d events=%d problems=%d blocks=%s seconds=%.1f%s%n", s.articles(), s.mentions(),
                    s.events(), s.problems(), s.blocks(), s.took().toMillis() / 1000.0,
                    options.story() == null ? "" : " story=" + options.storyOut() + " story_articles=" + s.storyArticles()
                            + " story_events=" + s.storyEvents());
            exit = s.articles() > 0 ? 0 : 1;
            if (exit == 1) {
                System.err.println("dateline spark: no article could be read; see " + options.out() + "/problems");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("dateline spark: " + e.getMessage());
            exit = 2;
        } finally {
            spark.stop();
        }
        System.exit(exit);
    }
}
