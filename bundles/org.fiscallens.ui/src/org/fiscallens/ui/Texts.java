package org.fiscallens.ui;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI texts of one bundle. Chinese is the default ({@code messages.properties}); English is
 * {@code messages_en.properties}. Java's resource bundles read UTF-8 (Eclipse NLS would read ISO-8859-1), and no
 * fallback to the JVM's default locale is allowed, so a reviewer on an English machine still gets Chinese unless
 * English is asked for ({@code -nl en}).
 */
public final class Texts {

	private final ResourceBundle bundle;

	public Texts(String baseName, ClassLoader loader) {
		bundle = ResourceBundle.getBundle(baseName, Locale.getDefault(), loader,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	public String get(String key) {
		try {
			return bundle.getString(key);
		} catch (MissingResourceException e) {
			return '!' + key + '!';
		}
	}

	public String format(String key, Object... arguments) {
		return String.format(get(key), arguments);
	}
}
