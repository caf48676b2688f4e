package org.fiscallens.memo.ui;

import org.fiscallens.ui.Texts;

/** UI texts of the dashboard and the export wizard (Chinese by default, {@code messages_en.properties} in English). */
final class MemoTexts {

	private static final Texts TEXTS = new Texts("org.fiscallens.memo.ui.messages", MemoTexts.class.getClassLoader());

	private MemoTexts() {
	}

	static String get(String key) {
		return TEXTS.get(key);
	}

	static String format(String key, Object... arguments) {
		return TEXTS.format(key, arguments);
	}
}
