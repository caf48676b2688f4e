package org.fiscallens.ui;

/** UI texts of the review workbench ({@code messages.properties} in Chinese, {@code messages_en.properties} in English; see {@link Texts}). */
public final class Messages {

	private static final Texts TEXTS = new Texts("org.fiscallens.ui.messages", Messages.class.getClassLoader());

	private Messages() {
	}

	public static String get(String key) {
		return TEXTS.get(key);
	}

	public static String format(String key, Object... arguments) {
		return TEXTS.format(key, arguments);
	}
}
