package org.fiscallens.memo.ui;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.fiscallens.memo.charts.Charts;
import org.fiscallens.memo.facts.BarChart;
import org.fiscallens.model.review.FindingRecord;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;

/**
 * One of the documents' charts on the dashboard: drawn by the same code ({@link Charts}) at the canvas's size, with
 * the positions of its bars kept, so that a click on a bar segment gives the findings behind it.
 */
final class ChartCanvas extends Canvas {

	private BarChart data;
	private Image image;
	private ChartRenderingInfo info;
	private Point drawnSize;
	private BiConsumer<String, List<FindingRecord>> onBar = (label, findings) -> {
	};

	ChartCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		addPaintListener(e -> {
			Point size = getSize();
			if (data == null || size.x < 50 || size.y < 50) {
				return;
			}
			if (image == null || !size.equals(drawnSize)) {
				render(size);
			}
			e.gc.drawImage(image, 0, 0);
		});
		addListener(SWT.MouseUp, e -> {
			CategoryItemEntity bar = barAt(e.x, e.y);
			if (bar != null) {
				String category = (String) bar.getColumnKey();
				String series = (String) bar.getRowKey();
				onBar.accept(category + " · " + series, data.findings(category, series));
			}
		});
		addListener(SWT.Dispose, e -> disposeImage());
	}

	/** Called with the bar's label and its findings when a bar segment is clicked. */
	void onBar(BiConsumer<String, List<FindingRecord>> listener) {
		this.onBar = listener;
	}

	void setData(BarChart data) {
		this.data = data;
		disposeImage();
		redraw();
	}

	/** The centre of a bar segment as drawn (for a test's click), or null when it is not drawn. */
	Point centreOf(String category, String series) {
		if (info == null) {
			return null;
		}
		for (Object o : info.getEntityCollection().getEntities()) {
			if (o instanceof CategoryItemEntity bar && category.equals(bar.getColumnKey())
					&& series.equals(bar.getRowKey())) {
				Rectangle bounds = bounds(bar);
				return new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
			}
		}
		return null;
	}

	private static Rectangle bounds(ChartEntity entity) {
		Rectangle2D r = entity.getArea().getBounds2D();
		return new Rectangle((int) r.getX(), (int) r.getY(), (int) r.getWidth(), (int) r.getHeight());
	}

	private CategoryItemEntity barAt(int x, int y) {
		if (info == null) {
			return null;
		}
		ChartEntity entity = info.getEntityCollection().getEntity(x, y);
		return entity instanceof CategoryItemEntity bar ? bar : null;
	}

	/** Pixels a vertical bar's category name needs to stay readable (six Chinese characters on two lines). */
	private static final int MIN_COLUMN_WIDTH = 48;

	private void render(Point size) {
		disposeImage();
		info = new ChartRenderingInfo();
		// in a narrow view, vertical bars leave each category name a few pixels ("表内…"): lay the bars sideways
		int perCategory = size.x / Math.max(1, data.categories().size());
		boolean horizontal = data.categories().size() > 8 || perCategory < MIN_COLUMN_WIDTH;
		BufferedImage awt = Charts.image(Charts.chart(data, horizontal), size.x, size.y, 1, info);
		image = new Image(getDisplay(), toSwt(awt));
		drawnSize = size;
	}

	private static ImageData toSwt(BufferedImage awt) {
		int w = awt.getWidth();
		int h = awt.getHeight();
		ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] row = new int[w];
		for (int y = 0; y < h; y++) {
			awt.getRGB(0, y, w, 1, row, 0, w);
			data.setPixels(0, y, w, row, 0);
		}
		return data;
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}
}
