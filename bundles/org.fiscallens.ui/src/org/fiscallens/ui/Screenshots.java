package org.fiscallens.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves what a reviewer would see as PNG files in {@code target/screenshots/} (the folder named by the system property
 * {@code fiscallens.screenshots}), so UI work can be checked by looking at it: used by the UI tests and by the
 * {@code -Dfiscallens.screenshot} smoke check of the launched product.
 */
public final class Screenshots {

	private Screenshots() {
	}

	/** Flushes pending paint events, so the picture shows the current state. */
	public static void settle() {
		Display display = Display.getCurrent();
		for (int i = 0; i < 5; i++) {
			while (display.readAndDispatch()) {
				// keep dispatching until the queue is empty
			}
			display.update();
		}
	}

	/** Saves the whole shell (window frame area) as {@code name}.png and returns the image data. */
	public static ImageData save(Shell shell, String name) throws IOException {
		settle();
		return save(shell.getDisplay(), shell.getBounds(), name);
	}

	/** Saves one control as {@code name}.png and returns the image data. */
	public static ImageData save(Control control, String name) throws IOException {
		settle();
		Point origin = control.toDisplay(0, 0);
		Point size = control.getSize();
		return save(control.getDisplay(), new Rectangle(origin.x, origin.y, size.x, size.y), name);
	}

	private static ImageData save(Display display, Rectangle area, String name) throws IOException {
		if (area.width <= 0 || area.height <= 0) {
			throw new IllegalStateException(name + ": nothing to capture, the control has no size yet (" + area + ")");
		}
		ImageData data = capture(display, area);
		Path folder = Path.of(System.getProperty("fiscallens.screenshots", "target/screenshots"));
		Files.createDirectories(folder);
		write(data, folder.resolve(name + ".png"));
		return data;
	}

	private static ImageData capture(Display display, Rectangle area) {
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
		} finally {
			gc.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		return data;
	}

	private static void write(ImageData data, Path file) {
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(file.toString(), SWT.IMAGE_PNG);
	}

	/** Saves the whole screen to {@code file}. */
	public static void saveScreen(Display display, Path file) throws IOException {
		Rectangle screen = display.getBounds();
		write(capture(display, screen), file);
	}

	/** Counts pixels clearly darker than the background: text and grid lines. */
	public static int darkPixels(ImageData data) {
		int dark = 0;
		for (int y = 0; y < data.height; y++) {
			for (int x = 0; x < data.width; x++) {
				var rgb = data.palette.getRGB(data.getPixel(x, y));
				if (rgb.red + rgb.green + rgb.blue < 300) {
					dark++;
				}
			}
		}
		return dark;
	}
}
