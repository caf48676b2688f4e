package org.fiscallens.ui.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.fiscallens.model.disclosure.Region;
import org.fiscallens.model.disclosure.Unit;
import org.fiscallens.review.Reviews;
import org.fiscallens.review.SubmissionEntry;

/**
 * The province as a tree: region → sub-regions and units → the unit's documents. The input is the open
 * {@link Reviews}; documents come from the workspace index, so the tree opens without loading any document.
 */
public class ProvinceContentProvider implements ITreeContentProvider {

	private Map<String, List<SubmissionEntry>> entriesByUnit = Map.of();
	/** A document's parent, so a selected document can be revealed in a collapsed tree (restored selection). */
	private final Map<String, Unit> unitsByName = new HashMap<>();

	@Override
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		Map<String, List<SubmissionEntry>> byUnit = new HashMap<>();
		if (newInput instanceof Reviews reviews) {
			for (SubmissionEntry e : reviews.workspace().entries()) {
				byUnit.computeIfAbsent(e.unitName(), u -> new ArrayList<>()).add(e);
			}
			byUnit.values().forEach(list -> list.sort(Comparator.comparingInt(SubmissionEntry::year).reversed()
					.thenComparing(SubmissionEntry::kind)));
		}
		entriesByUnit = byUnit;
		unitsByName.clear();
		if (newInput instanceof Reviews reviews) {
			reviews.workspace().province().getRegions().forEach(this::indexUnits);
		}
	}

	private void indexUnits(Region r) {
		r.getUnits().forEach(u -> unitsByName.put(u.getName(), u));
		r.getChildren().forEach(this::indexUnits);
	}

	/** The names of the units of a region and of every region below it, in tree order, each once. */
	public static Set<String> unitNames(Region region) {
		Set<String> names = new LinkedHashSet<>();
		collectUnitNames(region, names);
		return names;
	}

	private static void collectUnitNames(Region region, Set<String> into) {
		region.getUnits().forEach(u -> into.add(u.getName()));
		region.getChildren().forEach(child -> collectUnitNames(child, into));
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof Reviews r ? r.workspace().province().getRegions().toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof Region r) {
			List<Object> children = new ArrayList<>(r.getChildren());
			children.addAll(r.getUnits());
			return children.toArray();
		}
		if (parent instanceof Unit u) {
			return entriesByUnit.getOrDefault(u.getName(), List.of()).toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof Region r) {
			return r.getParent();
		}
		if (element instanceof SubmissionEntry e) {
			return unitsByName.get(e.unitName());
		}
		return element instanceof Unit u ? u.getRegion() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof Region r) {
			return !r.getChildren().isEmpty() || !r.getUnits().isEmpty();
		}
		return element instanceof Unit u && entriesByUnit.containsKey(u.getName());
	}
}
