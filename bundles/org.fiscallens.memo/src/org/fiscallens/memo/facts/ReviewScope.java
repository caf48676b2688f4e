package org.fiscallens.memo.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;

/**
 * The units of a review and where they are, read from the workspace index only (no document is loaded), so that a
 * province of thousands of units is placed in milliseconds.
 */
public final class ReviewScope {

	private final Map<String, String> regionOfUnit = new LinkedHashMap<>();
	private final Map<String, List<SubmissionEntry>> entriesOfUnit = new HashMap<>();
	private final String province;

	public ReviewScope(Reviews reviews) {
		Map<String, Integer> firstSegments = new HashMap<>();
		for (SubmissionEntry e : reviews.workspace().entries()) {
			regionOfUnit.putIfAbsent(e.unitName(), e.regionPath() == null ? "" : e.regionPath());
			entriesOfUnit.computeIfAbsent(e.unitName(), k -> new ArrayList<>()).add(e);
			firstSegments.merge(segments(e.regionPath()).stream().findFirst().orElse(""), 1, Integer::sum);
		}
		province = firstSegments.entrySet().stream().filter(x -> !x.getKey().isEmpty())
				.max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("本省");
	}

	public String province() {
		return province;
	}

	public Set<String> units() {
		return regionOfUnit.keySet();
	}

	public boolean hasUnit(String name) {
		return regionOfUnit.containsKey(name);
	}

	public String regionOf(String unit) {
		return regionOfUnit.getOrDefault(unit, "");
	}

	/** The unit's current documents, latest year first. */
	public List<SubmissionEntry> entries(String unit) {
		return entriesOfUnit.getOrDefault(unit, List.of()).stream()
				.sorted(Comparator.comparingInt(SubmissionEntry::year).reversed()
						.thenComparing(e -> e.kind().getValue()))
				.toList();
	}

	/** Unit names containing {@code text}, for a helpful message when a name is not found. */
	public List<String> similarUnits(String text) {
		return regionOfUnit.keySet().stream().filter(u -> u.contains(text) || text.contains(u)).sorted().limit(10)
				.toList();
	}

	/**
	 * The region paths a name denotes: a full path ({@code 山西省/吕梁市}) or any region's own name ({@code 吕梁市}),
	 * each cut after the matching segment. Several paths mean the name is ambiguous.
	 */
	public Set<String> regionPaths(String name) {
		Set<String> paths = new TreeSet<>();
		for (String region : new LinkedHashSet<>(regionOfUnit.values())) {
			if (region.equals(name) || region.startsWith(name + "/")) {
				paths.add(name);
				continue;
			}
			List<String> parts = segments(region);
			for (int i = 0; i < parts.size(); i++) {
				if (parts.get(i).equals(name)) {
					paths.add(String.join("/", parts.subList(0, i + 1)));
				}
			}
		}
		return paths;
	}

	/** Units whose region is {@code path} or below it. */
	public List<String> unitsIn(String path) {
		return regionOfUnit.entrySet().stream()
				.filter(e -> e.getValue().equals(path) || e.getValue().startsWith(path + "/")).map(Map.Entry::getKey)
				.toList();
	}

	/**
	 * A function from unit to the part of {@code path} it belongs to: the child region right below {@code path}, or
	 * {@code <last segment of path>本级} for units placed in {@code path} itself; a unit outside {@code path} (another
	 * province's) goes under its own top region.
	 */
	public Function<String, String> childRegion(String path) {
		List<String> base = segments(path);
		String own = (base.isEmpty() ? province : base.get(base.size() - 1)) + "本级";
		return unit -> {
			List<String> parts = segments(regionOf(unit));
			if (parts.size() < base.size() || !parts.subList(0, base.size()).equals(base)) {
				// a unit of another province in the workspace (the seeds have one): its own province
				return parts.isEmpty() ? "未知地区" : parts.get(0);
			}
			return parts.size() > base.size() ? parts.get(base.size()) : own;
		};
	}

	static List<String> segments(String path) {
		if (path == null || path.isBlank()) {
			return List.of();
		}
		return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isBlank()).collect(Collectors.toList());
	}
}
