package org.fiscallens.review.regions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.EList;
import org.fiscallens.model.disclosure.DisclosureFactory;
import org.fiscallens.model.disclosure.Province;
import org.fiscallens.model.disclosure.Region;
import org.fiscallens.model.disclosure.Unit;
import org.fiscallens.model.disclosure.UnitKind;
import org.fiscallens.rules.interpreter.Labels;

/**
 * Find-or-create access to the province's region tree and units, with hash lookups so that placing 20,000 units
 * stays linear. Units are identified by their full name, which in practice includes their place. Departments and
 * their member units are looked up by key (the {@link Labels#normalize normalized} name), as documents name them.
 */
public final class ProvinceTree {
    private final Province province;
    private final Map<String, Region> regionsByPath = new HashMap<>();
    private final Map<String, Unit> unitsByName = new HashMap<>();
    private final Map<String, List<Unit>> membersByDepartment = new HashMap<>();
    private final Map<String, Unit> departmentByMember = new HashMap<>();

    public ProvinceTree(Province province) {
        this.province = province;
        index(province.getRegions());
    }

    private void index(EList<Region> regions) {
        for (Region region : regions) {
            regionsByPath.put(pathOf(region), region);
            for (Unit unit : region.getUnits()) {
                unitsByName.put(unit.getName(), unit);
                if (unit.getDepartment() != null) {
                    indexLink(unit);
                }
            }
            index(region.getChildren());
        }
    }

    public Province province() {
        return province;
    }

    /** Names from the top region down, joined with {@code /}. */
    public static String pathOf(Region region) {
        StringBuilder path = new StringBuilder(region.getName());
        for (Region r = region.getParent(); r != null; r = r.getParent()) {
            path.insert(0, r.getName() + "/");
        }
        return path.toString();
    }

    public Region region(List<RegionName> path) {
        Region parent = null;
        StringBuilder key = new StringBuilder();
        for (RegionName step : path) {
            key.append(key.isEmpty() ? "" : "/").append(step.name());
            Region region = regionsByPath.get(key.toString());
            if (region == null) {
                region = DisclosureFactory.eINSTANCE.createRegion();
                region.setName(step.name());
                region.setLevel(step.level());
                if (parent == null) {
                    province.getRegions().add(region);
                } else {
                    parent.getChildren().add(region);
                }
                regionsByPath.put(key.toString(), region);
            }
            parent = region;
        }
        return parent;
    }

    public Optional<Unit> existingUnit(String name) {
        return Optional.ofNullable(unitsByName.get(name));
    }

    /** The unit with this name; created as a member unit ({@link UnitKind#UNIT}) in {@code path} if new. */
    public Unit unit(String name, List<RegionName> path) {
        Unit unit = unitsByName.get(name);
        if (unit == null) {
            unit = DisclosureFactory.eINSTANCE.createUnit();
            unit.setName(name);
            unit.setKind(UnitKind.UNIT);
            region(path).getUnits().add(unit);
            unitsByName.put(name, unit);
        }
        return unit;
    }

    /** Makes {@code member} one of {@code department}'s units, unless it is the department or already has one. */
    public void link(Unit member, Unit department) {
        if (member != department && member.getDepartment() == null) {
            member.setDepartment(department);
            indexLink(member);
        }
    }

    private void indexLink(Unit member) {
        membersByDepartment.computeIfAbsent(Labels.normalize(member.getDepartment().getName()), k -> new ArrayList<>())
                .add(member);
        departmentByMember.put(Labels.normalize(member.getName()), member.getDepartment());
    }

    /** Whether units are linked to a department of this name. */
    public boolean isDepartment(String name) {
        return membersByDepartment.containsKey(Labels.normalize(name));
    }

    /** The names of a department's member units, in the order a walk of the region tree meets them. */
    public List<String> memberNames(String department) {
        List<Unit> members = membersByDepartment.getOrDefault(Labels.normalize(department), List.of());
        return members.stream().sorted(Comparator.comparing(ProvinceTree::treePosition, Arrays::compare))
                .map(Unit::getName).toList();
    }

    /** The name of the department a unit belongs to, if it is linked to one. */
    public Optional<String> departmentOf(String unit) {
        return Optional.ofNullable(departmentByMember.get(Labels.normalize(unit))).map(Unit::getName);
    }

    /**
     * Where a walk of the tree (a region's own units, then its sub-regions) meets a unit, as a sortable key: the indexes
     * of its regions from the top, then -1 (before any sub-region) and its index among the region's units.
     */
    private static int[] treePosition(Unit unit) {
        List<Integer> path = new ArrayList<>();
        for (Region r = unit.getRegion(); r != null; r = r.getParent()) {
            path.add(0, r.getParent() != null ? r.getParent().getChildren().indexOf(r)
                    : ((Province) r.eContainer()).getRegions().indexOf(r));
        }
        int[] key = new int[path.size() + 2];
        for (int i = 0; i < path.size(); i++) {
            key[i] = path.get(i);
        }
        key[path.size()] = -1;
        key[path.size() + 1] = unit.getRegion().getUnits().indexOf(unit);
        return key;
    }
}
