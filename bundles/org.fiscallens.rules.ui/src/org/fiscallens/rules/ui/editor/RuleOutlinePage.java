package org.fiscallens.rules.ui.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.fiscallens.rules.rules.Definition;
import org.fiscallens.rules.rules.Member;
import org.fiscallens.rules.rules.Rule;
import org.fiscallens.rules.rules.RuleFile;
import org.fiscallens.rules.rules.RuleTest;
import org.fiscallens.rules.ui.Messages;

/** The outline of a rule file: its rules, definitions and tests, in file order; selecting one reveals it. */
final class RuleOutlinePage extends ContentOutlinePage {

	private final RuleEditor editor;
	private List<Member> members = List.of();

	RuleOutlinePage(RuleEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return false;
			}
		});
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return label((Member) element);
			}
		});
		viewer.setInput(members);
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof EObject o) {
				ICompositeNode node = NodeModelUtils.getNode(o);
				if (node != null) {
					editor.selectAndReveal(node.getOffset(), 0);
				}
			}
		});
	}

	void update(XtextResource resource, List<Issue> issues) {
		members = resource.getContents().isEmpty() ? List.of()
				: List.copyOf(((RuleFile) resource.getContents().get(0)).getMembers());
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(members);
		}
	}

	/** The labels shown, in order (for tests). */
	List<String> labels() {
		return members.stream().map(RuleOutlinePage::label).toList();
	}

	static String label(Member member) {
		if (member instanceof Rule rule) {
			return Messages.format("outline.rule", rule.getName()) + "  " + (rule.getTitle() == null ? "" : rule.getTitle());
		}
		if (member instanceof Definition definition) {
			return Messages.format("outline.definition", definition.getName());
		}
		if (member instanceof RuleTest test) {
			return Messages.format("outline.test", test.getName());
		}
		return String.valueOf(member.getName());
	}
}
