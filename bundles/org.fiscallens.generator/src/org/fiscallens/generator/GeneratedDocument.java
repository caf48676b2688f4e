package org.fiscallens.generator;

import java.nio.file.Path;
import java.util.List;

/**
 * One written disclosure: its file, whose it is, and the faults injected into it (none for most).
 *
 * @param department the consolidating department's unit name when this unit belongs to one, else null
 * @param departmentScope disclosed as a 部门 (it may consolidate members), else as a 单位
 */
public record GeneratedDocument(Path file, String unit, int year, boolean budget, String department,
		boolean departmentScope, List<Fault> faults) {
}
