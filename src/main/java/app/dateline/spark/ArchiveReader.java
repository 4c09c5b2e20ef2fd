package app.dateline.spark;

import app.dateline.engine.extract.ArticleFiles;
import app.dateline.engine.extract.ReadProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The archive as articles to read. Folders and files of articles are listed on the driver exactly as
 * {@code extract} lists them ({@link ArticleFiles}: same order, same names, same problems) and read on the
 * executors, so they must be on a file system every executor sees (local mode, NFS, a mounted bucket). JSON Lines
 * and Parquet are read by Spark from anywhere it reads (HDFS, S3...), one article a row.
 */
final class ArchiveReader {

    /** Rows of the i-th row input are numbered from (i + 1) times this, after every file. */
    private static final long ROWS_BASE = 1_000_000_000_000L;
    private static final String CORRUPT = "_corrupt_record";

    record Archive(JavaRDD<ArchiveInput> articles, List<JobProblem> listingProblems) {
    }

    private ArchiveReader() {
    }

    static Archive read(SparkSession spark, JobOptions options, int partitions) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<Path> filePaths = new ArrayList<>();
        List<String> rowInputs = new ArrayList<>();
        for (String input : options.inputs()) {
            if (options.formatOf(input).equals("files")) {
                filePaths.add(Path.of(input));
            } else {
                rowInputs.add(input);
            }
        }
        List<JobProblem> problems = new ArrayList<>();
        List<ArchiveInput> files = new ArrayList<>();
        if (!filePaths.isEmpty()) {
            ArticleFiles.Listing listing = ArticleFiles.list(filePaths);
            for (ReadProblem p : listing.problems()) {
                problems.add(JobProblem.of(p));
            }
            for (int i = 0; i < listing.files().size(); i++) {
                files.add(ArchiveInput.file(i, listing.files().get(i).toString()));
            }
        }
        JavaRDD<ArchiveInput> all = sc.parallelize(files, Math.max(1, Math.min(partitions, Math.max(1, files.size()))));
        for (int i = 0; i < rowInputs.size(); i++) {
            all = all.union(rows(spark, rowInputs.get(i), options, (i + 1) * ROWS_BASE));
        }
        return new Archive(all, problems);
    }

    /** One article a row; a row that is not JSON, or has no id, is an input already known to be bad. */
    private static JavaRDD<ArchiveInput> rows(SparkSession spark, String input, JobOptions options, long base) {
        boolean json = options.formatOf(input).equals("jsonl");
        Dataset<Row> raw;
        if (json) {
            Set<String> names = new LinkedHashSet<>(options.columns().values());
            List<StructField> fields = new ArrayList<>();
            names.forEach(n -> fields.add(DataTypes.createStructField(n, DataTypes.StringType, true)));
            fields.add(DataTypes.createStructField(CORRUPT, DataTypes.StringType, true));
            raw = spark.read().schema(new StructType(fields.toArray(StructField[]::new)))
                    .option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", CORRUPT).json(input);
        } else {
            raw = spark.read().parquet(input);
        }
        List<String> present = Arrays.asList(raw.columns());
        List<Column> select = new ArrayList<>();
        for (String field : JobOptions.FIELDS) {
            String column = options.columns().get(field);
            if (present.contains(column)) {
                select.add(functions.col("`" + column + "`").cast(DataTypes.StringType).as(field));
            } else if (field.equals("id") || field.equals("text")) {
                throw new IllegalArgumentException(input + ": has no column '" + column + "' for the article's " + field
                        + " (map another with --column " + field + "=COLUMN)");
            } else {
                select.add(functions.lit(null).cast(DataTypes.StringType).as(field));
            }
        }
        select.add(json ? functions.col(CORRUPT) : functions.lit(null).cast(DataTypes.StringType).as(CORRUPT));
        return raw.select(select.toArray(Column[]::new)).javaRDD().zipWithIndex().map(t -> {
            Row r = t._1();
            long index = t._2();
            String where = input + " row " + (index + 1);
            if (r.getString(5) != null) {
                return ArchiveInput.bad(base + index, where, "is not valid JSON");
            }
            String id = r.getString(0);
            if (id == null || id.isBlank()) {
                return ArchiveInput.bad(base + index, where, "has no id (column '" + options.columns().get("id") + "')");
            }
            return ArchiveInput.row(base + index, id, r.getString(2), r.getString(3), r.getString(1), r.getString(4));
        });
    }
}
