package org.fiscallens.memo.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.fiscallens.model.review.FindingRecord;

/**
 * The data of a stacked bar chart, kept as the findings behind each bar segment: the documents print the counts, the
 * dashboard shows the findings of a clicked bar, and both come from the same lists.
 *
 * @param id         a stable name (file names, tests): {@code category}, {@code region}
 * @param title      the chart's title
 * @param axis       what the bars are (问题类别, 地区)
 * @param categories the bars, in order
 * @param series     the stacked parts of every bar (错误, 警告, 提示), in order
 */
public record BarChart(String id, String title, String axis, List<String> categories, List<String> series,
		Map<String, Map<String, List<FindingRecord>>> cells) {

	/** Groups findings into bars and series; bars in {@code order} (then any others), series in {@code seriesOrder}. */
	public static BarChart of(String id, String title, String axis, List<FindingRecord> findings,
			Function<FindingRecord, String> bar, Function<FindingRecord, String> part, List<String> order,
			List<String> seriesOrder) {
		Map<String, Map<String, List<FindingRecord>>> cells = new LinkedHashMap<>();
		order.forEach(c -> cells.put(c, new LinkedHashMap<>()));
		for (FindingRecord f : findings) {
			cells.computeIfAbsent(bar.apply(f), k -> new LinkedHashMap<>())
					.computeIfAbsent(part.apply(f), k -> new ArrayList<>()).add(f);
		}
		cells.values().removeIf(Map::isEmpty);
		List<String> series = seriesOrder.stream()
				.filter(s -> cells.values().stream().anyMatch(m -> m.containsKey(s))).toList();
		return new BarChart(id, title, axis, List.copyOf(cells.keySet()), series, cells);
	}

	public List<FindingRecord> findings(String category, String part) {
		return cells.getOrDefault(category, Map.of()).getOrDefault(part, List.of());
	}

	/** Every finding of a bar (all its series). */
	public List<FindingRecord> findings(String category) {
		List<FindingRecord> all = new ArrayList<>();
		cells.getOrDefault(category, Map.of()).values().forEach(all::addAll);
		return all;
	}

	public int count(String category, String part) {
		return findings(category, part).size();
	}

	public int total(String category) {
		return cells.getOrDefault(category, Map.of()).values().stream().mapToInt(List::size).sum();
	}

	public int total() {
		return categories.stream().mapToInt(this::total).sum();
	}

	public boolean isEmpty() {
		return categories.isEmpty();
	}
}
