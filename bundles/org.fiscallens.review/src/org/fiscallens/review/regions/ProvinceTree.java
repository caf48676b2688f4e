package org.fiscallens.review.regions;

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

/**
 * Find-or-create access to the province's region tree and units, with hash lookups so that placing 20,000 units
 * stays linear. Units are identified by their full name, which in practice includes their place.
 */
public final class ProvinceTree {
    private final Province province;
    private final Map<String, Region> regionsByPath = new HashMap<>();
    private final Map<String, Unit> unitsByName = new HashMap<>();

    public ProvinceTree(Province province) {
        this.province = province;
        index(province.getRegions());
    }

    private void index(EList<Region> regions) {
        for (Region region : regions) {
            regionsByPath.put(pathOf(region), region);
            for (Unit unit : region.getUnits()) {
                unitsByName.put(unit.getName(), unit);
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
}
