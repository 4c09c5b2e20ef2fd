package app.dateline.spark;

import app.dateline.engine.extract.ReadProblem;
import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** A row of the {@code problems} output: the article (file or row id), the reason, and whether it was left out. */
public record JobProblem(String source, String problem, boolean fatal) implements Serializable {

    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("source", DataTypes.StringType, false),
            DataTypes.createStructField("problem", DataTypes.StringType, false),
            DataTypes.createStructField("fatal", DataTypes.BooleanType, false)));

    Row row() {
        return RowFactory.create(source, problem, fatal);
    }

    static JobProblem of(ReadProblem p) {
        return new JobProblem(p.source(), p.problem(), p.fatal());
    }
}
