package org.fiscallens.ui.preferences;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * The reviewer's settings, stored in the instance scope (the workbench's workspace folder, {@code .metadata}):
 * reviewer name, whether rounding tails show by default, UI language (read by {@code ./fiscallens} at the next start)
 * and extra rule folders (used when the review is next opened).
 */
public final class ReviewerPreferences {

	public static final String QUALIFIER = "org.fiscallens.ui";
	public static final String REVIEWER = "reviewer";
	public static final String SHOW_ROUNDING = "showRounding";
	/** {@code zh_CN} or {@code en}; the launcher passes it as {@code -nl} (see {@code fiscallens}). */
	public static final String LANGUAGE = "language";
	/** Folders of extra {@code .flr} files, separated by the platform's path separator. */
	public static final String RULE_FOLDERS = "ruleFolders";

	private static ScopedPreferenceStore store;

	private ReviewerPreferences() {
	}

	public static synchronized IPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
			store.setDefault(REVIEWER, System.getProperty("user.name", "reviewer"));
			store.setDefault(SHOW_ROUNDING, false);
			store.setDefault(LANGUAGE, "zh_CN");
			store.setDefault(RULE_FOLDERS, "");
		}
		return store;
	}

	/** Who the annotations are recorded for. */
	public static String reviewer() {
		String name = store().getString(REVIEWER).trim();
		return name.isEmpty() ? store().getDefaultString(REVIEWER) : name;
	}

	public static boolean showRounding() {
		return store().getBoolean(SHOW_ROUNDING);
	}

	public static List<Path> ruleFolders() {
		return Arrays.stream(store().getString(RULE_FOLDERS).split(File.pathSeparator)).map(String::trim)
				.filter(s -> !s.isEmpty()).map(Path::of).toList();
	}

	/** Writes the settings to disk now (the store also saves when the workbench closes). */
	public static void flush() throws java.io.IOException {
		((ScopedPreferenceStore) store()).save();
	}
}
