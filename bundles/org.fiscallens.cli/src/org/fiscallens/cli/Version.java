package org.fiscallens.cli;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The FiscalLens version, taken from this bundle's manifest. */
final class Version {

	private Version() {
	}

	static String current() {
		Bundle bundle = FrameworkUtil.getBundle(Version.class);
		return bundle == null ? "dev" : bundle.getVersion().toString();
	}
}
