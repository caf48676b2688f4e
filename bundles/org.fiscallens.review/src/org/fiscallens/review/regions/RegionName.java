package org.fiscallens.review.regions;

import org.fiscallens.model.disclosure.RegionLevel;

/** One step of a region path: 山西省 (PROVINCE) / 吕梁市 (CITY) / 汾阳市 (COUNTY). */
public record RegionName(String name, RegionLevel level) {
}
