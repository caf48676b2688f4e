package org.fiscallens.review.regions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An optional {@code regions.csv} next to the imported documents: {@code unit name, city, county}. It wins over what
 * the unit name suggests, for the names a gazetteer cannot place (卫生院, 学校 … without a place name).
 * A first line whose first cell is not a unit (单位名称, unit …) is a header and skipped.
 */
public final class RegionManifest {
    public static final String FILE_NAME = "regions.csv";

    /** city and county as written; county may be empty. */
    public record Placement(String city, String county) {
    }

    private final Map<String, Placement> byUnit = new HashMap<>();

    public static RegionManifest read(Path file) throws IOException {
        RegionManifest manifest = new RegionManifest();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("[,，\t]", -1);
            String unit = cols[0].strip();
            if (i == 0 && (unit.contains("单位名称") || unit.equalsIgnoreCase("unit") || unit.equalsIgnoreCase("unit name"))) {
                continue;
            }
            String city = cols.length > 1 ? cols[1].strip() : "";
            String county = cols.length > 2 ? cols[2].strip() : "";
            if (!unit.isEmpty()) {
                manifest.byUnit.put(unit, new Placement(city, county));
            }
        }
        return manifest;
    }

    public Optional<Placement> placement(String unitName) {
        return Optional.ofNullable(byUnit.get(unitName));
    }

    public void putAll(RegionManifest other) {
        byUnit.putAll(other.byUnit);
    }

    /** The names of the units the manifest places directly at province level (no city). */
    public List<String> provinceLevelUnits() {
        return byUnit.entrySet().stream().filter(e -> e.getValue().city().isEmpty()).map(Map.Entry::getKey).toList();
    }

    public boolean isEmpty() {
        return byUnit.isEmpty();
    }
}
