/**
 * The review workspace: a folder holding the documents under review, readable without a server.
 *
 * <h2>Layout</h2>
 * <pre>
 * index.bin                          EMF binary resource: province → regions → units (→ proxies to their submissions)
 *                                    + one entry per submission (current and replaced): id, unit, region path, year,
 *                                    kind, scope, source path, sha256, counts, file name and checksum of its file
 * submissions/&lt;id&gt;.g&lt;gen&gt;.bin         one EMF binary resource per submission version, never modified once named
 * workspace.lock                     OS lock held while a process has the workspace open
 * unchecked.txt                      while a large import runs: ids it saved without their findings (see below)
 * records/&lt;unit hash&gt;.g&lt;gen&gt;.&lt;e&gt;-&lt;w&gt;-&lt;i&gt;.xmi  the reviewers' record of one unit (findings, annotations, assignment);
 *                                    the name carries its open errors/warnings/infos (see ReviewRecords)
 * </pre>
 * Why so: opening reads only the index (entries and the region tree are there), so 20,000 submissions open without
 * touching 20,000 files; a document is parsed only when {@link org.fiscallens.review.ReviewWorkspace#load} asks for it.
 * EMF binary resources are faster and smaller than XMI for these table-heavy documents (measured with
 * {@code ReviewBench} in the tests bundle, one document of 12 tables × 40 rows: XMI 153 KB, save 2.0 ms, load 3–4 ms;
 * binary 52 KB, save 1.0 ms, load 0.8 ms); XMI still loads (by extension) for debugging.
 * Measured on the 2-core build machine: 20,000 synthetic submissions open (index only) in about 1.1 s in a fresh JVM
 * holding 33 MB of heap; a document loads in 1–2 ms once warm.
 *
 * <h2>Ids</h2>
 * A submission's id is the first 16 hex digits of the sha256 of its source file (longer on a collision): the same
 * file always gets the same id, and re-importing it is a no-op without even parsing it. A new file for the same unit,
 * year, kind and scope replaces the old entry, which moves to the index's history with its file kept.
 *
 * <h2>Atomic save</h2>
 * Documents are written to new files as they are imported (so memory stays bounded), but only an index names them.
 * {@link org.fiscallens.review.ReviewWorkspace#save} fsyncs those files and their directory, then writes the index to
 * {@code index.bin.tmp}, fsyncs and renames it over {@code index.bin}: that rename is the commit. A changed document
 * never overwrites its file; it gets one with a new generation number, higher than any generation an index on disk
 * can name. Whatever moment a crash hits, the folder holds the old index with all its (untouched) files, or the new
 * one with all its (synced) files. Files no index names are leftovers of a crash and are deleted on the next open.
 * Every submission file's CRC32C is in the index, and the index ends with its own length and CRC32C: a damaged file
 * is reported by name ({@link
 * org.fiscallens.review.CorruptFileException}) before it is parsed.
 * <p>
 * A large import ({@link org.fiscallens.review.Reviews#importAndCheck}) saves the index and the record every few
 * thousand documents. Some documents are saved before their findings are (a unit still being read, a department
 * waiting for its member units), so {@code unchecked.txt} lists them first, atomically; a crash leaves it, and the
 * next import checks what it lists (the files themselves are unchanged and not read again). It is deleted when the
 * import has recorded and saved everything.
 *
 * <h2>Regions and departments</h2>
 * The region of a unit comes from its name and a small gazetteer ({@code regions/gazetteer.csv}: 山西省医疗保障局 →
 * 山西省; 吕梁市离石区… → 山西省/吕梁市/离石区; 汾阳市… → 山西省/吕梁市/汾阳市), or from a {@code regions.csv}
 * (unit name, city, county) found among the imported files, which wins. A department-scope (部门) submission marks
 * its unit as a department, and the member units its 概况 lists become units with that department.
 */
package org.fiscallens.review;
