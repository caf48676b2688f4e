package org.fiscallens.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.fiscallens.model.disclosure.Province;
import org.fiscallens.model.disclosure.Region;
import org.fiscallens.model.disclosure.Unit;

/** The province as a tree: region → sub-regions and units. The input is a {@link Province} (or nothing). */
public class ProvinceContentProvider implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof Province p ? p.getRegions().toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof Region r) {
			List<Object> children = new ArrayList<>(r.getChildren());
			children.addAll(r.getUnits());
			return children.toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof Region r) {
			return r.getParent();
		}
		return element instanceof Unit u ? u.getRegion() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof Region r && (!r.getChildren().isEmpty() || !r.getUnits().isEmpty());
	}
}
