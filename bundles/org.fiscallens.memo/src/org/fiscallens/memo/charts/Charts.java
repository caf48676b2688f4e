package org.fiscallens.memo.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.fiscallens.memo.facts.BarChart;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws a {@link BarChart} with JFreeChart: stacked bars (errors red, warnings amber, hints grey), the count on every
 * segment, in a CJK font found on the machine so that Chinese labels render. The same drawing goes into the documents
 * (PNG) and onto the dashboard (with the positions of the bars, so a click can be mapped back to its findings).
 */
public final class Charts {

	private static final Color[] SERIES_COLORS = { new Color(0xC0, 0x39, 0x2B), new Color(0xE6, 0x9F, 0x00),
			new Color(0x95, 0xA5, 0xA6) };
	/** CJK families in order of preference: Noto/Source Han (Linux), the Windows and macOS defaults, then others. */
	private static final List<String> CJK_FAMILIES = List.of("Noto Sans CJK SC", "Source Han Sans SC",
			"Noto Sans SC", "Microsoft YaHei", "SimHei", "PingFang SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei",
			"Droid Sans Fallback", "AR PL UMing CN");
	private static volatile String family;

	private Charts() {
	}

	/** A font family that can display Chinese, or the logical SansSerif when the machine has none of the known ones. */
	public static String fontFamily() {
		if (family == null) {
			Set<String> available = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
			family = CJK_FAMILIES.stream().filter(available::contains).findFirst().orElse(Font.SANS_SERIF);
		}
		return family;
	}

	/** The chart; horizontal bars when the bars are many or have long names (regions), vertical otherwise. */
	public static JFreeChart chart(BarChart data) {
		return chart(data, data.categories().size() > 8);
	}

	/** The chart with its bars laid the way asked (horizontal: the category names get a column of their own). */
	public static JFreeChart chart(BarChart data, boolean horizontal) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (String series : data.series()) {
			for (String category : data.categories()) {
				dataset.addValue(data.count(category, series), series, category);
			}
		}
		String font = fontFamily();
		CategoryAxis categoryAxis = new CategoryAxis(data.axis());
		NumberAxis valueAxis = new NumberAxis("问题数（个）");
		valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		StackedBarRenderer renderer = new StackedBarRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setMaximumBarWidth(0.12);
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
				java.text.NumberFormat.getIntegerInstance()) {
			private static final long serialVersionUID = 1L;

			@Override
			public String generateLabel(org.jfree.data.category.CategoryDataset d, int row, int column) {
				Number n = d.getValue(row, column);
				return n == null || n.intValue() == 0 ? null : super.generateLabel(d, row, column);
			}
		});
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(new Font(font, Font.PLAIN, 11));
		renderer.setDefaultItemLabelPaint(Color.WHITE);
		for (int i = 0; i < data.series().size(); i++) {
			renderer.setSeriesPaint(i, color(data.series().get(i)));
		}
		CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
		plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
		plot.setRangeGridlineStroke(new BasicStroke(0.8f));
		plot.setOutlineVisible(false);
		categoryAxis.setTickLabelFont(new Font(font, Font.PLAIN, 12));
		categoryAxis.setLabelFont(new Font(font, Font.PLAIN, 12));
		categoryAxis.setMaximumCategoryLabelLines(horizontal ? 2 : 3);
		if (horizontal) {
			// sideways bars: the names get up to 40 % of the width, so most fit on one line and none overlaps
			categoryAxis.setMaximumCategoryLabelWidthRatio(0.4f);
		}
		if (!horizontal && data.categories().size() > 5) {
			categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
		}
		valueAxis.setTickLabelFont(new Font(font, Font.PLAIN, 11));
		valueAxis.setLabelFont(new Font(font, Font.PLAIN, 12));
		JFreeChart chart = new JFreeChart(plot);
		chart.setBackgroundPaint(Color.WHITE);
		chart.setTitle(new TextTitle(data.title(), new Font(font, Font.BOLD, 15)));
		LegendTitle legend = chart.getLegend();
		legend.setItemFont(new Font(font, Font.PLAIN, 12));
		legend.setPosition(RectangleEdge.BOTTOM);
		legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
		chart.setAntiAlias(true);
		chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		return chart;
	}

	/** The color of a severity's series (by position: 错误, 警告, 提示). */
	private static Color color(String series) {
		int i = org.fiscallens.memo.facts.Summaries.SEVERITIES.indexOf(series);
		return SERIES_COLORS[i < 0 ? SERIES_COLORS.length - 1 : i];
	}

	/** A PNG of the chart, {@code width × height} points drawn at {@code scale} (2 for print). */
	public static byte[] png(BarChart data, int width, int height, double scale) {
		BufferedImage image = image(chart(data), width, height, scale, null);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", bytes);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/** Draws the chart; {@code info}, when given, receives the positions of the bars (in unscaled points). */
	public static BufferedImage image(JFreeChart chart, int width, int height, double scale, ChartRenderingInfo info) {
		BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
				BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = image.createGraphics();
		try {
			g.scale(scale, scale);
			chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
		} finally {
			g.dispose();
		}
		return image;
	}

	/** A chart's height that leaves room for its bars: horizontal charts grow with the number of bars. */
	public static int height(BarChart data) {
		return data.categories().size() > 8 ? Math.max(360, 90 + 24 * data.categories().size()) : 360;
	}
}
