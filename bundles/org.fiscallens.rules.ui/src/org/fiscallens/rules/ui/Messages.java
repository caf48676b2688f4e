package org.fiscallens.rules.ui;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * UI texts of rule authoring. Chinese is the default ({@code messages.properties}); English is {@code messages_en.properties}. Java's
 * resource bundles read UTF-8 (Eclipse NLS would read ISO-8859-1), and no fallback to the JVM's default locale is
 * allowed, so a reviewer on an English machine still gets Chinese unless English is asked for ({@code -nl en}).
 */
public final class Messages {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.fiscallens.rules.ui.messages",
			Locale.getDefault(), Messages.class.getClassLoader(),
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

	private Messages() {
	}

	public static String get(String key) {
		try {
			return BUNDLE.getString(key);
		} catch (MissingResourceException e) {
			return '!' + key + '!';
		}
	}

	public static String format(String key, Object... arguments) {
		return String.format(get(key), arguments);
	}
}
