package org.fiscallens.review.regions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscallens.model.disclosure.RegionLevel;

/**
 * Places a unit in the region tree. Unit names start with their place: 山西省医疗保障局 (province), 阳泉市医疗保障局
 * (city), 吕梁市离石区医疗保障局 (county under its city), 汾阳市医疗保障局 (county-level city: the gazetteer knows it
 * belongs to 吕梁市). A {@link RegionManifest} entry wins over the name.
 * <p>
 * {@link #resolve} only reads: once the manifests are added, any number of threads may resolve at once (an import
 * finds departments' members on every core).
 */
public final class RegionResolver {
    public static final String UNKNOWN_REGION = "未识别地区";
    private static final Pattern PROVINCE = Pattern.compile("^(\\p{IsHan}{2,3}省|\\p{IsHan}{2,8}自治区)");

    private final Gazetteer gazetteer;
    private final RegionManifest manifest = new RegionManifest();
    /** The one province the manifest's province-level units name, if exactly one; kept in step by addManifest. */
    private Optional<String> manifestProvince = Optional.empty();

    public RegionResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public void addManifest(RegionManifest more) {
        manifest.putAll(more);
        manifestProvince = provinceNamedByManifest();
    }

    /** The region path from the province down; never empty (unknown places go under {@link #UNKNOWN_REGION}). */
    public List<RegionName> resolve(String unitName) {
        String name = unitName == null ? "" : unitName.strip();
        Optional<RegionManifest.Placement> placed = manifest.placement(name);
        if (placed.isPresent()) {
            return fromManifest(name, placed.get());
        }
        String province = null;
        String city = null;
        String county = null;
        String rest = name;

        Optional<String> p = gazetteer.provincePrefix(rest).or(() -> match(PROVINCE, name));
        if (p.isPresent()) {
            province = p.get();
            rest = rest.substring(province.length());
        }
        Optional<String> c = gazetteer.cityPrefix(rest);
        if (c.isPresent() && (province == null || province.equals(gazetteer.provinceOfCity(c.get()).orElse(null)))) {
            city = c.get();
            rest = rest.substring(city.length());
            county = gazetteer.countyPrefix(rest, city).orElse(null);
        } else {
            Optional<String> k = gazetteer.uniqueCountyPrefix(rest);
            if (k.isPresent()) {
                county = k.get();
                city = gazetteer.cityOfCounty(county).orElseThrow();
            }
        }
        if (province == null && city != null) {
            province = gazetteer.provinceOfCity(city).orElse(null);
        }
        return path(province, city, county);
    }

    private List<RegionName> fromManifest(String name, RegionManifest.Placement placement) {
        String city = placement.city().isEmpty() ? null : placement.city();
        String county = placement.county().isEmpty() ? null : placement.county();
        String province = city == null ? null : gazetteer.provinceOfCity(city).orElse(null);
        if (province == null) {
            province = gazetteer.provincePrefix(name).or(() -> match(PROVINCE, name)).orElse(null);
        }
        if (province == null) {
            province = manifestProvince.orElse(null);
        }
        return path(province, city, county);
    }

    /**
     * A manifest whose cities the gazetteer does not know still belongs to one province: the one its province-level
     * units are named after (嘉禾省医疗保障局 → 嘉禾省), when they name exactly one.
     */
    private Optional<String> provinceNamedByManifest() {
        Set<String> provinces = new HashSet<>();
        for (String unit : manifest.provinceLevelUnits()) {
            gazetteer.provincePrefix(unit).or(() -> match(PROVINCE, unit)).ifPresent(provinces::add);
        }
        return provinces.size() == 1 ? Optional.of(provinces.iterator().next()) : Optional.empty();
    }

    private static List<RegionName> path(String province, String city, String county) {
        List<RegionName> path = new ArrayList<>(3);
        path.add(new RegionName(province == null ? UNKNOWN_REGION : province, RegionLevel.PROVINCE));
        if (city != null) {
            path.add(new RegionName(city, RegionLevel.CITY));
        }
        if (county != null) {
            path.add(new RegionName(county, RegionLevel.COUNTY));
        }
        return path;
    }

    private static Optional<String> match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
