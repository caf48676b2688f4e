package org.fiscallens.review.regions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Known provinces, cities and county-level divisions (from {@code gazetteer.csv}), with longest-prefix lookups.
 * County names that exist under several cities (城区, 矿区 …) are only recognised after their city.
 */
public final class Gazetteer {
    private final Map<String, String> provinceOfCity = new HashMap<>();
    private final Map<String, Set<String>> countiesOfCity = new HashMap<>();
    /** county → city, only for names that are unique in the whole gazetteer */
    private final Map<String, String> cityOfUniqueCounty = new HashMap<>();
    private final Set<String> provinces = new HashSet<>();
    private final List<String> citiesLongestFirst;
    private final List<String> uniqueCountiesLongestFirst;
    private final List<String> provincesLongestFirst;

    private Gazetteer(List<String[]> rows) {
        Map<String, Integer> countyUses = new HashMap<>();
        Map<String, String> lastCityOfCounty = new HashMap<>();
        for (String[] row : rows) {
            provinces.add(row[0]);
            provinceOfCity.put(row[1], row[0]);
            Set<String> counties = countiesOfCity.computeIfAbsent(row[1], c -> new HashSet<>());
            for (String county : row[2].trim().split("\\s+")) {
                if (!county.isEmpty()) {
                    counties.add(county);
                    countyUses.merge(county, 1, Integer::sum);
                    lastCityOfCounty.put(county, row[1]);
                }
            }
        }
        countyUses.forEach((county, uses) -> {
            if (uses == 1 && county.length() > 2) {
                cityOfUniqueCounty.put(county, lastCityOfCounty.get(county));
            }
        });
        citiesLongestFirst = longestFirst(provinceOfCity.keySet());
        uniqueCountiesLongestFirst = longestFirst(cityOfUniqueCounty.keySet());
        provincesLongestFirst = longestFirst(provinces);
    }

    /** The gazetteer shipped with the bundle. */
    public static Gazetteer standard() {
        try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.csv")) {
            if (in == null) {
                throw new IllegalStateException("gazetteer.csv missing from the review bundle");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Gazetteer read(InputStream in) throws IOException {
        List<String[]> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split(",", -1);
            if (cols.length >= 2) {
                rows.add(new String[] {cols[0].strip(), cols[1].strip(), cols.length > 2 ? cols[2] : ""});
            }
        }
        return new Gazetteer(rows);
    }

    public Optional<String> provincePrefix(String text) {
        return prefix(text, provincesLongestFirst);
    }

    public Optional<String> cityPrefix(String text) {
        return prefix(text, citiesLongestFirst);
    }

    /** A county of the given city that {@code text} starts with. */
    public Optional<String> countyPrefix(String text, String city) {
        Set<String> counties = countiesOfCity.getOrDefault(city, Set.of());
        return prefix(text, longestFirst(counties));
    }

    /** A county that {@code text} starts with and whose city is unambiguous. */
    public Optional<String> uniqueCountyPrefix(String text) {
        return prefix(text, uniqueCountiesLongestFirst);
    }

    public Optional<String> cityOfCounty(String county) {
        return Optional.ofNullable(cityOfUniqueCounty.get(county));
    }

    public Optional<String> provinceOfCity(String city) {
        return Optional.ofNullable(provinceOfCity.get(city));
    }

    public boolean isCity(String name) {
        return provinceOfCity.containsKey(name);
    }

    private static Optional<String> prefix(String text, List<String> candidates) {
        for (String c : candidates) {
            if (text.startsWith(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static List<String> longestFirst(Set<String> names) {
        List<String> list = new ArrayList<>(names);
        list.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return list;
    }
}
