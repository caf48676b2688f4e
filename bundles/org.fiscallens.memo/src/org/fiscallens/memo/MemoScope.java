package org.fiscallens.memo;

import java.util.List;

/** What a memo covers: one unit's memo (审核意见) per unit named, or the summary (检查情况通报) of a region or the province. */
public sealed interface MemoScope {

	/** One 审核意见 per unit (a selection of units gives several). */
	record Units(List<String> unitNames) implements MemoScope {
	}

	/** The 检查情况通报 of a region: a region name (吕梁市) or path (山西省/吕梁市). */
	record Region(String name) implements MemoScope {
	}

	/** The 检查情况通报 of the whole province. */
	record Province() implements MemoScope {
	}

	static MemoScope units(String... names) {
		return new Units(List.of(names));
	}
}
