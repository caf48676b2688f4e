package org.fiscallens.memo.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * The memo templates (FreeMarker, rendering Markdown) and the reference document for DOCX styles and letterhead. A
 * file is looked up in the folder given with {@code --templates}, then in {@code templates/} of the user's FiscalLens
 * home ({@code $FISCALLENS_HOME}, default {@code ~/.fiscallens}), then among the built-in ones: a user changes the
 * wording, the headings or the letterhead by copying a file there ({@code memo --export-templates DIR}) and editing it,
 * without a new release.
 */
public final class Templates {

	public static final String UNIT_MEMO = "unit-memo.md.ftl";
	public static final String SUMMARY = "summary.md.ftl";
	public static final String REFERENCE_DOCX = "reference.docx";
	public static final String HTML_STYLE = "memo.css";
	/** Every file of the built-in set, for {@link #exportDefaults}. */
	public static final List<String> FILES = List.of(UNIT_MEMO, SUMMARY, HTML_STYLE, "README.md");

	private final List<Path> folders = new ArrayList<>();
	private final Configuration configuration;

	public Templates(Path userFolder) {
		if (userFolder != null) {
			folders.add(userFolder);
		}
		Path home = userHome();
		if (Files.isDirectory(home)) {
			folders.add(home);
		}
		configuration = new Configuration(Configuration.VERSION_2_3_34);
		configuration.setDefaultEncoding("UTF-8");
		configuration.setOutputFormat(MarkdownOutputFormat.INSTANCE);
		configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		configuration.setLogTemplateExceptions(false);
		configuration.setWrapUncheckedExceptions(true);
		configuration.setFallbackOnNullLoopVariable(false);
		configuration.setNumberFormat("computer");
		List<TemplateLoader> loaders = new ArrayList<>();
		for (Path folder : folders) {
			try {
				loaders.add(new FileTemplateLoader(folder.toFile()));
			} catch (IOException e) {
				throw new IllegalArgumentException("template folder " + folder + " cannot be read: " + e.getMessage(), e);
			}
		}
		loaders.add(new ClassTemplateLoader(Templates.class.getClassLoader(), "templates"));
		configuration.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
	}

	/** {@code templates/} in the FiscalLens home. */
	public static Path userHome() {
		String home = System.getenv("FISCALLENS_HOME");
		return (home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".fiscallens"))
				.resolve("templates");
	}

	/** Renders a template; a template error names the file and line. */
	public String render(String name, Map<String, Object> model) throws IOException {
		try {
			Template template = configuration.getTemplate(name);
			StringWriter out = new StringWriter();
			template.process(model, out);
			return out.toString();
		} catch (TemplateException e) {
			throw new IOException("template " + e.getTemplateSourceName() + " line " + e.getLineNumber() + ": "
					+ e.getMessageWithoutStackTop(), e);
		}
	}

	/** A file of the first folder that has it, else the built-in one (empty when neither has it). */
	public Optional<byte[]> file(String name) throws IOException {
		for (Path folder : folders) {
			Path file = folder.resolve(name);
			if (Files.isRegularFile(file)) {
				return Optional.of(Files.readAllBytes(file));
			}
		}
		try (InputStream in = Templates.class.getClassLoader().getResourceAsStream("templates/" + name)) {
			return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
		}
	}

	/** Writes the built-in templates and a reference.docx into {@code dir}, for a user to edit. */
	public static List<Path> exportDefaults(Path dir) throws IOException {
		Files.createDirectories(dir);
		List<Path> written = new ArrayList<>();
		for (String name : FILES) {
			try (InputStream in = Templates.class.getClassLoader().getResourceAsStream("templates/" + name)) {
				if (in != null) {
					written.add(Files.write(dir.resolve(name), in.readAllBytes()));
				}
			}
		}
		written.add(Files.write(dir.resolve(REFERENCE_DOCX), DocxWriter.referenceDocument()));
		return written;
	}

	public static Map<String, Object> model(Object... pairs) {
		Map<String, Object> model = new java.util.HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			model.put((String) pairs[i], pairs[i + 1]);
		}
		return model;
	}
}
