package org.fiscallens.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Lays out a province of made-up but plausible names: the province, its cities (市), their counties (县/区), and in
 * each region the agencies of every sector — some as departments consolidating their office (机关) and institutions,
 * the others reporting alone — until the requested number of units is reached.
 */
final class ProvinceLayout {

	static final String PROVINCE = "嘉禾省";
	private static final String[] CITY_NAMES = { "青阳市", "临川市", "安平市", "云梦市", "长宁市", "东平市", "南陵市", "白水市",
			"望江市", "丰城市", "清河市", "永安市", "武宁市", "金华山市", "玉屏市", "秀水市" };
	private static final String FIRST = "平安永定和宁泰兴元昌乐新崇阳兰桂石丰广河龙凤瑞华德福宝庆嘉惠成富怀汉文康顺";
	private static final String SECOND = "山水川源江原城丘林溪泉阳";

	private final Random random;
	private final List<String> formats;
	private final List<UnitPlan> units = new ArrayList<>();
	private final Set<String> countyNames = new LinkedHashSet<>();

	private ProvinceLayout(Random random, List<String> formats) {
		this.random = random;
		this.formats = formats;
	}

	/** The units of a province of about {@code count} units (exactly {@code count}, the last group cut short). */
	static List<UnitPlan> layout(int count, Random random, List<String> formats) {
		ProvinceLayout layout = new ProvinceLayout(random, formats);
		layout.fill(count);
		return layout.units;
	}

	private void fill(int count) {
		// about a dozen units per region: the province, its cities, then counties city by city
		int regions = Math.max(3, (count + 11) / 12);
		int cities = Math.max(1, Math.min(CITY_NAMES.length, (regions + 6) / 7));
		fillRegion(count, "", "", PROVINCE);
		for (int c = 0; c < cities && units.size() < count; c++) {
			fillRegion(count, cityName(c), "", cityName(c));
		}
		for (int k = 0; units.size() < count; k++) {
			String county = countyName();
			fillRegion(count, cityName(k % cities), county, county);
		}
	}

	private static String cityName(int index) {
		return index < CITY_NAMES.length ? CITY_NAMES[index] : CITY_NAMES[index % CITY_NAMES.length].replace("市", "") + (index / CITY_NAMES.length) + "市";
	}

	private String countyName() {
		while (true) {
			StringBuilder name = new StringBuilder();
			name.append(FIRST.charAt(random.nextInt(FIRST.length())));
			if (countyNames.size() > FIRST.length() * SECOND.length() / 2) {
				name.append(FIRST.charAt(random.nextInt(FIRST.length())));
			}
			name.append(SECOND.charAt(random.nextInt(SECOND.length())));
			name.append(random.nextInt(4) == 0 ? "区" : "县");
			if (countyNames.add(name.toString())) {
				return name.toString();
			}
		}
	}

	private void fillRegion(int count, String city, String county, String region) {
		for (Sector sector : Sector.values()) {
			if (units.size() >= count) {
				return;
			}
			String agency = region + (city.isEmpty() ? sector.provincialAgency : sector.agency);
			int staff = scaledStaff(city, county);
			boolean consolidated = units.size() + 3 <= count && random.nextInt(100) < 45;
			if (!consolidated) {
				add(agency, city, county, sector, true, sector.basicItem, sector.projectItem, staff, null, true);
				continue;
			}
			UnitPlan department = add(agency, city, county, sector, true, sector.basicItem, sector.projectItem, 0,
					null, true);
			add(agency + "机关", city, county, sector, true, sector.basicItem, sector.projectItem, staff, department,
					false);
			int members = 1 + random.nextInt(sector.members.size());
			for (int m = 0; m < members && units.size() < count; m++) {
				Sector.Member member = sector.members.get(m);
				add(region + member.name(), city, county, sector, false, member.basicItem(), member.projectItem(),
						scaledStaff(city, county) * 2, department, false);
			}
		}
	}

	/** Staff numbers shrink from the province down to the counties. */
	private int scaledStaff(String city, String county) {
		int base = county.isEmpty() ? (city.isEmpty() ? 60 : 25) : 10;
		return base + random.nextInt(base);
	}

	private UnitPlan add(String name, String city, String county, Sector sector, boolean administrative,
			String basicItem, String projectItem, int staff, UnitPlan department, boolean departmentScope) {
		String format = formats.get(random.nextInt(formats.size()));
		UnitPlan unit = new UnitPlan(units.size() + 1, name, city, county, sector, administrative, basicItem,
				projectItem, staff, department, departmentScope, format);
		units.add(unit);
		return unit;
	}
}
