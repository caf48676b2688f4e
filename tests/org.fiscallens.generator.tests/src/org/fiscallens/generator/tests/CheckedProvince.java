package org.fiscallens.generator.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fiscallens.engine.CheckEngine;
import org.fiscallens.engine.CheckReport;
import org.fiscallens.engine.RuleLibrary;
import org.fiscallens.generator.GeneratedDocument;
import org.fiscallens.generator.GeneratorOptions;
import org.fiscallens.generator.ProvinceGenerator;
import org.fiscallens.importer.DisclosureImporter;
import org.fiscallens.model.disclosure.DisclosureFactory;
import org.fiscallens.model.disclosure.Submission;
import org.fiscallens.model.disclosure.Unit;
import org.fiscallens.model.disclosure.UnitKind;

/**
 * A generated province, imported and checked with the standard library. Member units are linked to their
 * departments as the review workspace links them, so that the department rules apply.
 */
record CheckedProvince(List<GeneratedDocument> documents, List<Submission> submissions, CheckReport report) {

	private static RuleLibrary library;

	static synchronized RuleLibrary library() throws IOException {
		if (library == null) {
			library = RuleLibrary.standard();
		}
		return library;
	}

	static CheckedProvince generate(GeneratorOptions options, Path folder) throws IOException {
		List<GeneratedDocument> documents = new ProvinceGenerator(options).generate(folder);
		DisclosureImporter importer = new DisclosureImporter();
		List<Submission> submissions = new ArrayList<>();
		Map<String, Unit> units = new HashMap<>();
		for (GeneratedDocument document : documents) {
			Submission submission = importer.importFile(document.file());
			submission.getSource().setPath(document.file().toString());
			Unit unit = unit(units, document.unit());
			if (document.department() != null) {
				Unit department = unit(units, document.department());
				department.setKind(UnitKind.DEPARTMENT);
				unit.setDepartment(department);
			}
			submission.setUnit(unit);
			submissions.add(submission);
		}
		return new CheckedProvince(documents, submissions, new CheckEngine(library()).check(submissions));
	}

	private static Unit unit(Map<String, Unit> units, String name) {
		return units.computeIfAbsent(name, n -> {
			Unit unit = DisclosureFactory.eINSTANCE.createUnit();
			unit.setName(n);
			return unit;
		});
	}
}
