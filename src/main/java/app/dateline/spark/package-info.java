/**
 * The engine on Apache Spark: an archive of articles (folders of article files, JSON Lines or Parquet rows) in,
 * mentions, merged events, problems and a story out. Spark is a provided dependency: nothing here is in the
 * desktop's class path at run time, and neither the engine nor the app depends on this package.
 */
package app.dateline.spark;
