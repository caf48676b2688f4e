package org.fiscallens.rules.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.fiscallens.engine.RuleSource;
import org.fiscallens.rules.ide.RulesIdeSetup;

import com.google.inject.Injector;

/**
 * The rule language's IDE services for the workbench: one injector of {@code org.fiscallens.rules.ide} (the same
 * services the language server uses), and resource sets in which an edited file is parsed and validated together with
 * the rest of the library, so definitions and rules of other files are known.
 */
public final class RuleLanguage {

	private static Injector injector;
	private static ExecutorService executor;

	private RuleLanguage() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new RulesIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** Threads for the content-assist parser (daemons: they never keep the workbench from exiting). */
	public static synchronized ExecutorService executor() {
		if (executor == null) {
			executor = Executors.newCachedThreadPool(runnable -> {
				Thread thread = new Thread(runnable, "FiscalLens rule content assist");
				thread.setDaemon(true);
				return thread;
			});
		}
		return executor;
	}

	/**
	 * A resource set holding the library's other files and a resource for the edited file (returned; its text is
	 * set with {@link XtextResource#reparse(String)}).
	 */
	public static XtextResource editedWithLibrary(String editedName, List<RuleSource> library) {
		XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
		int n = 0;
		for (RuleSource source : library) {
			if (source.name().equals(editedName)) {
				continue;
			}
			XtextResource resource = newResource(resourceSet, "library:/" + (n++) + "/" + fileName(source.name()));
			try {
				resource.load(new ByteArrayInputStream(source.text().getBytes(StandardCharsets.UTF_8)), null);
			} catch (IOException e) {
				resourceSet.getResources().remove(resource);
			}
		}
		return newResource(resourceSet, "edited:/" + fileName(editedName));
	}

	private static XtextResource newResource(XtextResourceSet resourceSet, String uri) {
		// created by this injector, so parser and validator are the IDE module's, whatever else registered .flr
		XtextResource resource = injector().getInstance(XtextResource.class);
		resource.setURI(URI.createURI(uri));
		resourceSet.getResources().add(resource);
		return resource;
	}

	private static String fileName(String name) {
		String file = name.substring(name.replace('\\', '/').lastIndexOf('/') + 1);
		return URI.encodeSegment(file.endsWith(".flr") ? file : file + ".flr", true);
	}
}
