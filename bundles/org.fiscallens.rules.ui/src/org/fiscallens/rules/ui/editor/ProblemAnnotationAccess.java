package org.fiscallens.rules.ui.editor;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.IAnnotationAccessExtension;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * How the ruler and the painter see problem annotations: their type, and the workbench's error and warning icons
 * (the marker annotation preferences of org.eclipse.ui.editors are not available).
 */
final class ProblemAnnotationAccess implements IAnnotationAccess, IAnnotationAccessExtension {

	@Override
	public Object getType(Annotation annotation) {
		return annotation.getType();
	}

	@Override
	public boolean isMultiLine(Annotation annotation) {
		return false;
	}

	@Override
	public boolean isTemporary(Annotation annotation) {
		return true;
	}

	@Override
	public String getTypeLabel(Annotation annotation) {
		return annotation.getType();
	}

	@Override
	public int getLayer(Annotation annotation) {
		return annotation.getType().equals(ProblemAnnotation.ERROR) ? 2 : 1;
	}

	@Override
	public void paint(Annotation annotation, GC gc, Canvas canvas, Rectangle bounds) {
		Image image = image(annotation);
		if (image == null) {
			return;
		}
		Rectangle size = image.getBounds();
		gc.drawImage(image, bounds.x + Math.max(0, (bounds.width - size.width) / 2),
				bounds.y + Math.max(0, (bounds.height - size.height) / 2));
	}

	private static Image image(Annotation annotation) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		return switch (annotation.getType()) {
		case ProblemAnnotation.ERROR -> images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
		case ProblemAnnotation.WARNING -> images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
		default -> null;
		};
	}

	@Override
	public boolean isPaintable(Annotation annotation) {
		return image(annotation) != null;
	}

	@Override
	public boolean isSubtype(Object annotationType, Object potentialSupertype) {
		return annotationType.equals(potentialSupertype);
	}

	@Override
	public Object[] getSupertypes(Object annotationType) {
		return new Object[] { annotationType };
	}
}
