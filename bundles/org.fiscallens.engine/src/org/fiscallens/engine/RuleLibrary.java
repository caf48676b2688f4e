package org.fiscallens.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.fiscallens.rules.RulesStandaloneSetup;
import org.fiscallens.rules.rules.Definition;
import org.fiscallens.rules.rules.Member;
import org.fiscallens.rules.rules.Rule;
import org.fiscallens.rules.rules.RuleFile;
import org.fiscallens.rules.rules.RuleTest;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.google.inject.Injector;

/**
 * A set of rule files, parsed and validated together (definitions and tests may refer across files). A file with
 * errors is reported with its lines and left out; the other files still run.
 */
public final class RuleLibrary {

	/** A problem in a rule file: the file's name as given, the 1-based line, the message. */
	public record Problem(String file, int line, String message, boolean error) {
		@Override
		public String toString() {
			return file + ":" + line + ": " + (error ? "error" : "warning") + ": " + message;
		}
	}

	/** The bundle that ships the standard library, and its folder. */
	public static final String STANDARD_BUNDLE = "org.fiscallens.rules.standard";
	public static final String STANDARD_FOLDER = "rules";

	private static Injector injector;

	private final List<Rule> rules = new ArrayList<>();
	private final Map<String, Definition> definitions = new HashMap<>();
	private final List<RuleTest> tests = new ArrayList<>();
	private final List<Problem> problems = new ArrayList<>();
	private final Map<EObject, RuleSource> sources = new IdentityHashMap<>();

	private RuleLibrary() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new RulesStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** Parses, links and validates the given files. */
	public static RuleLibrary load(List<RuleSource> files) {
		RuleLibrary library = new RuleLibrary();
		XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
		Map<Resource, RuleSource> byResource = new LinkedHashMap<>();
		int n = 0;
		for (RuleSource source : files) {
			// the URI only names the resource; its text comes from the source
			Resource resource = resourceSet.createResource(URI.createURI("flr:/" + (n++) + "/" + safe(source.name())));
			try {
				resource.load(new ByteArrayInputStream(source.text().getBytes(StandardCharsets.UTF_8)), null);
				byResource.put(resource, source);
			} catch (IOException e) {
				library.problems.add(new Problem(source.name(), 0, "cannot read: " + e.getMessage(), true));
			}
		}
		EcoreUtil.resolveAll(resourceSet);
		IResourceValidator validator = injector().getInstance(IResourceValidator.class);
		for (Map.Entry<Resource, RuleSource> entry : byResource.entrySet()) {
			RuleSource source = entry.getValue();
			List<Issue> issues = validator.validate(entry.getKey(), CheckMode.ALL, CancelIndicator.NullImpl);
			boolean broken = false;
			for (Issue issue : issues) {
				boolean error = issue.getSeverity() == Severity.ERROR;
				broken |= error;
				if (error || issue.getSeverity() == Severity.WARNING) {
					library.problems.add(new Problem(source.name(), issue.getLineNumber() == null ? 0
							: issue.getLineNumber(), issue.getMessage(), error));
				}
			}
			if (broken || entry.getKey().getContents().isEmpty()) {
				continue; // a file with errors is skipped; the others still run
			}
			RuleFile file = (RuleFile) entry.getKey().getContents().get(0);
			for (Member member : file.getMembers()) {
				library.sources.put(member, source);
				if (member instanceof Rule rule) {
					library.rules.add(rule);
				} else if (member instanceof Definition definition) {
					library.definitions.put(definition.getName(), definition);
				} else if (member instanceof RuleTest test) {
					library.tests.add(test);
				}
			}
		}
		return library;
	}

	/** Every {@code *.flr} below the given folders (or the files themselves), names relative to the working directory. */
	public static RuleLibrary fromPaths(List<Path> paths) throws IOException {
		List<RuleSource> files = new ArrayList<>();
		for (Path path : paths) {
			files.addAll(RuleSource.allIn(path, path.toString()));
		}
		return load(files);
	}

	/** The standard library shipped with FiscalLens (plus any extra sources, e.g. the user's rule folders). */
	public static RuleLibrary standard(List<RuleSource> extra) throws IOException {
		List<RuleSource> files = new ArrayList<>(standardSources());
		files.addAll(extra);
		return load(files);
	}

	public static RuleLibrary standard() throws IOException {
		return standard(List.of());
	}

	/** The standard library's files: from its bundle in the product, or from the folder named by fiscallens.rules. */
	public static List<RuleSource> standardSources() throws IOException {
		String folder = System.getProperty("fiscallens.rules.standard");
		if (folder != null) {
			return RuleSource.allIn(Path.of(folder), "standard");
		}
		Bundle bundle = standardBundle();
		if (bundle == null) {
			throw new IOException("the standard rule library (" + STANDARD_BUNDLE + ") is not installed");
		}
		Enumeration<URL> entries = bundle.findEntries(STANDARD_FOLDER, "*.flr", true);
		List<URL> urls = entries == null ? new ArrayList<>() : Collections.list(entries);
		urls.sort((a, b) -> a.getPath().compareTo(b.getPath()));
		List<RuleSource> files = new ArrayList<>();
		for (URL url : urls) {
			String path = url.getPath();
			files.add(RuleSource.of(url, "standard/" + path.substring(path.indexOf(STANDARD_FOLDER + "/") + 6)));
		}
		return files;
	}

	private static Bundle standardBundle() {
		Bundle self = FrameworkUtil.getBundle(RuleLibrary.class);
		if (self == null || self.getBundleContext() == null) {
			return null;
		}
		for (Bundle b : self.getBundleContext().getBundles()) {
			if (STANDARD_BUNDLE.equals(b.getSymbolicName())) {
				return b;
			}
		}
		return null;
	}

	private static String safe(String name) {
		String s = name.replace('\\', '/');
		s = s.substring(s.lastIndexOf('/') + 1);
		return s.endsWith(".flr") ? URI.encodeSegment(s, true) : URI.encodeSegment(s, true) + ".flr";
	}

	public List<Rule> rules() {
		return Collections.unmodifiableList(rules);
	}

	public Map<String, Definition> definitions() {
		return Collections.unmodifiableMap(definitions);
	}

	public List<RuleTest> tests() {
		return Collections.unmodifiableList(tests);
	}

	/** Errors and warnings of the rule files; a file with an error was left out. */
	public List<Problem> problems() {
		return Collections.unmodifiableList(problems);
	}

	public boolean hasErrors() {
		return problems.stream().anyMatch(Problem::error);
	}

	/** The file a rule, definition or test came from. */
	public RuleSource sourceOf(EObject member) {
		return sources.get(member);
	}

	/** A library of only the rules whose name matches (e.g. for running one rule while authoring). */
	public RuleLibrary only(java.util.function.Predicate<Rule> which) {
		RuleLibrary subset = new RuleLibrary();
		subset.definitions.putAll(definitions);
		subset.sources.putAll(sources);
		rules.stream().filter(which).forEach(subset.rules::add);
		tests.stream().filter(t -> which.test(t.getRule())).forEach(subset.tests::add);
		return subset;
	}
}
