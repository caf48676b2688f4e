package org.fiscallens.rules.ui.editor;

import java.util.List;
import java.util.ListResourceBundle;
import java.util.ResourceBundle;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPainter;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.AnnotationRulerColumn;
import org.eclipse.jface.text.source.CompositeRuler;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.LineNumberRulerColumn;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.texteditor.AbstractTextEditor;
import org.eclipse.ui.texteditor.IEditorStatusLine;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.TextOperationAction;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.fiscallens.engine.RuleSource;
import org.fiscallens.rules.ide.formatting.RulesFormatter;
import org.fiscallens.rules.ui.LibraryValidation;
import org.fiscallens.rules.ui.Messages;
import org.fiscallens.rules.ui.RuleFolders;
import org.fiscallens.rules.ui.explorer.RuleExplorerView;

import com.google.inject.Injector;

/**
 * The rule editor: a JFace source viewer driven by the rule language's IDE services — lexical and semantic colours,
 * problems as you type (squiggles, ruler icons, hover text), content assist, hover documentation, outline, format.
 * Saving writes the file and re-validates the whole library.
 */
public class RuleEditor extends AbstractTextEditor {

	public static final String ID = "org.fiscallens.rules.ui.editor";
	public static final String CONTEXT_MENU_ID = "org.fiscallens.rules.ui.editor.context";

	private final Injector injector = RuleLanguage.injector();
	private final ProblemAnnotationAccess annotationAccess = new ProblemAnnotationAccess();
	private RuleReconciler reconciler;
	private RuleCompletionProcessor completion;
	private RuleTextHover hover;
	private SemanticHighlighter semantic;
	private RuleOutlinePage outline;

	public RuleEditor() {
		setDocumentProvider(new RuleDocumentProvider());
		setPreferenceStore(new PreferenceStore());
		setEditorContextMenuId(CONTEXT_MENU_ID);
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof RuleEditorInput ruleInput)) {
			throw new PartInitException("not a rule file: " + input.getName());
		}
		reconciler = new RuleReconciler(
				RuleLanguage.editedWithLibrary(ruleInput.libraryName(), RuleFolders.librarySources()));
		completion = new RuleCompletionProcessor(injector, reconciler);
		hover = new RuleTextHover(reconciler);
		setSourceViewerConfiguration(new RuleSourceViewerConfiguration(injector, completion, hover));
		super.init(site, input);
	}

	@Override
	protected IVerticalRuler createVerticalRuler() {
		CompositeRuler ruler = new CompositeRuler();
		AnnotationRulerColumn problems = new AnnotationRulerColumn(VERTICAL_RULER_WIDTH, annotationAccess);
		problems.addAnnotationType(ProblemAnnotation.ERROR);
		problems.addAnnotationType(ProblemAnnotation.WARNING);
		ruler.addDecorator(0, problems);
		ruler.addDecorator(1, new LineNumberRulerColumn());
		return ruler;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ISourceViewer viewer = getSourceViewer();
		AnnotationPainter squiggles = new AnnotationPainter(viewer, annotationAccess);
		squiggles.addAnnotationType(ProblemAnnotation.ERROR);
		squiggles.setAnnotationTypeColor(ProblemAnnotation.ERROR, new Color(220, 0, 0));
		squiggles.addAnnotationType(ProblemAnnotation.WARNING);
		squiggles.setAnnotationTypeColor(ProblemAnnotation.WARNING, new Color(230, 150, 0));
		((ITextViewerExtension2) viewer).addPainter(squiggles);
		semantic = new SemanticHighlighter(viewer, injector.getInstance(ISemanticHighlightingCalculator.class));
		ProblemMarkers markers = new ProblemMarkers(annotationModel());
		reconciler.addListener(markers::show);
		// the painter and the ruler do not always repaint on annotation-model events alone: ask them to
		reconciler.addListener((resource, issues) -> {
			squiggles.paint(IPainter.CONFIGURATION);
			getVerticalRuler().update();
		});
		reconciler.addListener(semantic::update);
		reconciler.addListener(this::showProblemCount);
		reconciler.install(viewer.getDocument());
		if (input().isReadOnly()) {
			statusLine(Messages.get("editor.readOnly"));
		}
	}

	@Override
	protected void createActions() {
		super.createActions();
		ResourceBundle noTexts = new ListResourceBundle() {
			@Override
			protected Object[][] getContents() {
				return new Object[0][];
			}
		};
		TextOperationAction assist = new TextOperationAction(noTexts, "ContentAssist.", this,
				ISourceViewer.CONTENTASSIST_PROPOSALS);
		assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
		setAction("ContentAssist", assist);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		super.doSave(monitor);
		reconciler.reconcile();
		LibraryValidation.Result library = LibraryValidation.run();
		statusLine(Messages.format("editor.libraryValidated", library.files(), library.errors(), library.warnings()));
		RuleExplorerView.refreshOpen(getSite().getPage());
	}

	@Override
	public void dispose() {
		if (reconciler != null) {
			reconciler.uninstall();
		}
		super.dispose();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new RuleOutlinePage(this);
				reconciler.addListener(outline::update);
				outline.update(reconciler.parsed(), reconciler.issues());
			}
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	/** 格式化: every line laid out like the standard library; one undo step. */
	public void format() {
		IDocument document = getSourceViewer().getDocument();
		String text = document.get();
		String[] lines = text.split("\n", -1);
		List<String> formatted = new RulesFormatter().formatLines(text);
		org.eclipse.jface.text.IRewriteTarget rewrite = getAdapter(org.eclipse.jface.text.IRewriteTarget.class);
		if (rewrite != null) {
			rewrite.beginCompoundChange();
		}
		try {
			for (int i = lines.length - 1; i >= 0; i--) {
				String before = stripCarriageReturn(lines[i]);
				String after = stripCarriageReturn(formatted.get(i));
				if (!before.equals(after)) {
					IRegion line = document.getLineInformation(i);
					document.replace(line.getOffset(), line.getLength(), after);
				}
			}
		} catch (BadLocationException e) {
			throw new IllegalStateException("the document changed while it was formatted", e);
		} finally {
			if (rewrite != null) {
				rewrite.endCompoundChange();
			}
		}
	}

	private static String stripCarriageReturn(String line) {
		return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
	}

	private void showProblemCount(XtextResource resource, List<Issue> issues) {
		long errors = issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).count();
		long warnings = issues.stream().filter(i -> i.getSeverity() == Severity.WARNING).count();
		statusLine(Messages.format("editor.problems", errors, warnings));
	}

	private void statusLine(String message) {
		IEditorStatusLine status = super.getAdapter(IEditorStatusLine.class);
		if (status != null) {
			status.setMessage(false, message, null);
		}
	}

	/** The viewer's (visual) annotation model: the ruler and the squiggle painter listen to it. */
	private IAnnotationModel annotationModel() {
		return getSourceViewer().getAnnotationModel();
	}

	private RuleEditorInput input() {
		return (RuleEditorInput) getEditorInput();
	}

	// --- what run commands and tests need to see

	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	public RuleReconciler reconciler() {
		return reconciler;
	}

	/** The edited file as a library source, with the text as it is now (saved or not). */
	public RuleSource currentSource() {
		return input().sourceWith(getSourceViewer().getDocument().get());
	}

	public String libraryName() {
		return input().libraryName();
	}

	/** The content-assist proposals at an offset, as the popup would list them. */
	public ICompletionProposal[] proposalsAt(int offset) {
		return completion.computeCompletionProposals(getSourceViewer(), offset);
	}

	/** The hover text at an offset, or null. */
	public String hoverAt(int offset) {
		return hover.info(getSourceViewer(), offset);
	}

	/** The problem annotations shown now. */
	public List<ProblemAnnotation> problems() {
		List<ProblemAnnotation> problems = new java.util.ArrayList<>();
		annotationModel().getAnnotationIterator().forEachRemaining(a -> {
			if (a instanceof ProblemAnnotation p) {
				problems.add(p);
			}
		});
		return problems;
	}

	/** Where an annotation is shown. */
	public org.eclipse.jface.text.Position positionOf(ProblemAnnotation problem) {
		return annotationModel().getPosition(problem);
	}

	/** The semantic colour at an offset (tables, columns, functions, definitions, variables), or null. */
	public org.eclipse.jface.text.TextAttribute semanticAttributeAt(int offset) {
		return semantic.attributeAt(offset);
	}

	/** The outline labels (rules, definitions, tests) of the last parse. */
	public List<String> outlineLabels() {
		return getAdapter(IContentOutlinePage.class) instanceof RuleOutlinePage page ? page.labels() : List.of();
	}
}
