package org.fiscallens.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fiscallens.model.disclosure.DisclosureKind;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Unit;
import org.fiscallens.rules.interpreter.DocumentSet;
import org.fiscallens.rules.interpreter.Labels;

/**
 * The documents under review, indexed for the cross-document references of the rules: by unit, year and kind, and by
 * department (through the units' department links of the model).
 */
public final class SubmissionIndex implements DocumentSet {

	private record Key(String unit, int year, DisclosureKind kind) {
	}

	private final Map<Key, Submission> byKey = new HashMap<>();
	private final Map<Unit, List<Submission>> byDepartment = new HashMap<>();

	public SubmissionIndex(Collection<Submission> submissions) {
		for (Submission s : submissions) {
			byKey.putIfAbsent(key(s.getUnitName(), s.getYear(), s.getKind()), s);
			Unit unit = s.getUnit();
			if (unit != null && unit.getDepartment() != null) {
				byDepartment.computeIfAbsent(unit.getDepartment(), d -> new ArrayList<>()).add(s);
			}
		}
	}

	private static Key key(String unit, int year, DisclosureKind kind) {
		return new Key(Labels.normalize(unit), year, kind);
	}

	@Override
	public Optional<Submission> find(String unitName, int year, DisclosureKind kind) {
		return Optional.ofNullable(byKey.get(key(unitName, year, kind)));
	}

	@Override
	public List<Submission> members(Submission department) {
		if (department.getUnit() == null) {
			return List.of();
		}
		return byDepartment.getOrDefault(department.getUnit(), List.of()).stream()
				.filter(s -> s.getYear() == department.getYear() && s.getKind() == department.getKind()).toList();
	}

	@Override
	public Optional<Submission> department(Submission unit) {
		if (unit.getUnit() == null || unit.getUnit().getDepartment() == null) {
			return Optional.empty();
		}
		return find(unit.getUnit().getDepartment().getName(), unit.getYear(), unit.getKind());
	}
}
