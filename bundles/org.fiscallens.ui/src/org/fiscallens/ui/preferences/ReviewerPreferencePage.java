package org.fiscallens.ui.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.PathEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.fiscallens.ui.Messages;

/** Window › 首选项 › FiscalLens: reviewer name, rounding tails, UI language, extra rule folders. */
public class ReviewerPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.fiscallens.ui.preferences.reviewer";

	public ReviewerPreferencePage() {
		super(GRID);
		setPreferenceStore(ReviewerPreferences.store());
		setDescription(Messages.get("prefs.description"));
	}

	@Override
	public void init(IWorkbench workbench) {
		// the store is set in the constructor
	}

	@Override
	protected void createFieldEditors() {
		addField(new StringFieldEditor(ReviewerPreferences.REVIEWER, Messages.get("prefs.reviewer"),
				getFieldEditorParent()));
		addField(new BooleanFieldEditor(ReviewerPreferences.SHOW_ROUNDING, Messages.get("prefs.showRounding"),
				getFieldEditorParent()));
		addField(new RadioGroupFieldEditor(ReviewerPreferences.LANGUAGE, Messages.get("prefs.language"), 2,
				new String[][] { { "中文（简体）", "zh_CN" }, { "English", "en" } }, getFieldEditorParent(), true));
		addField(new PathEditor(ReviewerPreferences.RULE_FOLDERS, Messages.get("prefs.ruleFolders"),
				Messages.get("prefs.chooseRuleFolder"), getFieldEditorParent()));
	}
}
