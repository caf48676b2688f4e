package org.fiscallens.rules.ui.editor;

import java.io.IOException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.AbstractDocumentProvider;

/** Reads and writes rule files for the editor (plain files, no Eclipse workspace resources). */
public class RuleDocumentProvider extends AbstractDocumentProvider {

	private static final String BUNDLE = "org.fiscallens.rules.ui";

	@Override
	protected IDocument createDocument(Object element) throws CoreException {
		try {
			return new Document(input(element).read());
		} catch (IOException e) {
			throw new CoreException(Status.error("cannot read " + input(element).libraryName(), e));
		}
	}

	@Override
	protected IAnnotationModel createAnnotationModel(Object element) {
		return new AnnotationModel();
	}

	@Override
	protected void doSaveDocument(IProgressMonitor monitor, Object element, IDocument document, boolean overwrite)
			throws CoreException {
		try {
			input(element).write(document.get());
		} catch (IOException e) {
			throw new CoreException(new Status(IStatus.ERROR, BUNDLE, e.getMessage(), e));
		}
	}

	@Override
	protected IRunnableContext getOperationRunner(IProgressMonitor monitor) {
		return null;
	}

	@Override
	public boolean isReadOnly(Object element) {
		return input(element).isReadOnly();
	}

	@Override
	public boolean isModifiable(Object element) {
		return !input(element).isReadOnly();
	}

	private static RuleEditorInput input(Object element) {
		return (RuleEditorInput) element;
	}
}
