package app.dateline.spark;

import app.dateline.engine.event.Event;
import app.dateline.engine.export.MentionRecord;
import app.dateline.engine.export.TriggerRecord;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code mentions} output: {@code articleId}, then exactly the fields of {@code extract --format jsonl}, in its
 * order, made by the same {@link MentionRecord#of(Event)}. The columns are read off the record, so a field the
 * CLI gains is a column here without a change.
 */
final class MentionRows {

    private static final RecordComponent[] FIELDS = MentionRecord.class.getRecordComponents();

    /** The trigger, a nested object in JSON: {text, begin, end}, or null. */
    private static final StructType TRIGGER = DataTypes.createStructType(List.of(
            DataTypes.createStructField("text", DataTypes.StringType, false),
            DataTypes.createStructField("begin", DataTypes.IntegerType, false),
            DataTypes.createStructField("end", DataTypes.IntegerType, false)));

    /** The columns: articleId and the record's fields (JSON's property order is the record's order). */
    static final StructType SCHEMA = schema();

    private MentionRows() {
    }

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("articleId", DataTypes.StringType, false));
        for (RecordComponent c : FIELDS) {
            DataType type = c.getType() == int.class ? DataTypes.IntegerType
                    : c.getType() == TriggerRecord.class ? TRIGGER : DataTypes.StringType;
            fields.add(DataTypes.createStructField(c.getName(), type, c.getType() != int.class));
        }
        return DataTypes.createStructType(fields);
    }


    static Row row(String articleId, Event e) {
        MentionRecord r = MentionRecord.of(e);
        Object[] values = new Object[FIELDS.length + 1];
        values[0] = articleId;
        for (int i = 0; i < FIELDS.length; i++) {
            try {
                Object v = FIELDS[i].getAccessor().invoke(r);
                values[i + 1] = v instanceof TriggerRecord t ? RowFactory.create(t.text(), t.begin(), t.end()) : v;
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException("cannot read " + FIELDS[i].getName() + " of a mention", ex);
            }
        }
        return RowFactory.create(values);
    }
}
