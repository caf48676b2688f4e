package org.fiscallens.memo.ui;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;

/** The test fragment's access to the dashboard's charts (package-private in the bundle). */
public final class DashboardAccess {

	private DashboardAccess() {
	}

	public static Canvas categoryCanvas(DashboardView view) {
		return view.categoryCanvas();
	}

	public static Point centreOf(Canvas canvas, String category, String series) {
		return ((ChartCanvas) canvas).centreOf(category, series);
	}
}
