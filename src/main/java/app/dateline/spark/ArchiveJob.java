package app.dateline.spark;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The archive job: reads the archive, tags every article on the executors with the engine {@code extract} uses,
 * and writes {@code mentions}, {@code events} and {@code problems} as Parquet under the output folder (and as
 * JSON Lines with {@code --jsonl}), and the story when one is asked for.
 */
public final class ArchiveJob {

    /** What the job did, for the summary line. */
    /** @param blocks how the events were merged: {@code whole}, or {@code cells} with the home cells' figures */
    public record Summary(long articles, long mentions, long events, long problems, boolean blocked, String blocks,
                          int storyArticles, int storyEvents, Duration took) {
    }

    private ArchiveJob() {
    }

    public static Summary run(SparkSession spark, JobOptions options) throws IOException {
        Instant start = Instant.now();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int partitions = options.partitions() > 0 ? options.partitions() : sc.defaultParallelism() * 4;
        ArchiveReader.Archive archive = ArchiveReader.read(spark, options, partitions);
        LocalDate dct = options.dct();
        JavaRDD<ArticleOutcome> outcomes = archive.articles()
                .map(in -> ExecutorEngine.extract(in, dct))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            String out = options.out();
            Dataset<Row> mentions = spark.createDataFrame(outcomes.flatMap(o -> o.events().stream()
                    .map(e -> MentionRows.row(o.source(), e)).iterator()), MentionRows.SCHEMA);
            write(mentions, out, "mentions", options.jsonLines());

            List<JobProblem> listing = archive.listingProblems();
            JavaRDD<JobProblem> problemRows = sc.parallelize(listing, 1).union(outcomes.flatMap(o -> o.problems().iterator()));
            Dataset<Row> problems = spark.createDataFrame(problemRows.map(JobProblem::row), JobProblem.SCHEMA);
            write(problems, out, "problems", options.jsonLines());

            long total = EventBlocks.count(outcomes);
            boolean whole = options.blocks().equals("whole") || (options.blocks().equals("auto") && total <= EventBlocks.WHOLE_LIMIT);
            EventBlocks.Merged merged = EventBlocks.merge(sc, outcomes, whole, partitions);
            Dataset<Row> events = spark.createDataFrame(merged.rows(), EventBlocks.SCHEMA);
            events.write().mode(SaveMode.Overwrite).parquet(out + "/events");
            if (options.jsonLines()) {
                spark.read().parquet(out + "/events").select("json").as(Encoders.STRING())
                        .write().mode(SaveMode.Overwrite).text(out + "/events.jsonl");
            }
            StoryWriter.Story story = options.story() == null ? new StoryWriter.Story(0, 0) : StoryWriter.write(outcomes, options);
            long articles = outcomes.filter(o -> o.article() != null).count();
            return new Summary(articles, spark.read().parquet(out + "/mentions").count(), spark.read().parquet(out + "/events").count(),
                    spark.read().parquet(out + "/problems").count(), !whole, merged.blocks(), story.articles(), story.events(),
                    Duration.between(start, Instant.now()));
        } finally {
            outcomes.unpersist(false);
        }
    }

    private static void write(Dataset<Row> rows, String out, String name, boolean jsonLines) {
        rows.write().mode(SaveMode.Overwrite).parquet(out + "/" + name);
        if (jsonLines) {
            // Written from the Parquet just made, so the articles are not tagged twice; nulls are kept, as extract writes them.
            rows.sparkSession().read().parquet(out + "/" + name).write().mode(SaveMode.Overwrite)
                    .option("ignoreNullFields", "false").json(out + "/" + name + ".jsonl");
        }
    }
}
