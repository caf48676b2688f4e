package org.fiscallens.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.ViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Item;
import org.fiscallens.model.review.DismissReason;
import org.fiscallens.model.review.FindingLocation;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.ui.Messages;

/** How a finding reads in a list (the findings view and the editor's findings page share these columns). */
public final class FindingLabels {

	/** A list column: its header text key, width and text. */
	public record Column(String header, int width, Function<FindingRecord, String> text) {
	}

	public static final Column SEVERITY = new Column("findings.severity", 80, FindingLabels::severity);
	public static final Column STATUS = new Column("findings.status", 90, FindingLabels::status);
	public static final Column RULE = new Column("findings.rule", 160, FindingRecord::getRule);
	public static final Column MESSAGE = new Column("findings.message", 520, FindingRecord::getMessage);
	public static final Column UNIT = new Column("findings.unit", 180, f -> f.getUnitName() + " " + f.getYear());
	public static final Column WHERE = new Column("findings.where", 220, FindingLabels::where);

	/** The findings view's columns, in order. */
	public static final List<Column> ALL = List.of(SEVERITY, STATUS, RULE, MESSAGE, UNIT, WHERE);

	private FindingLabels() {
	}

	/** A row that is not a finding (a group of findings) and says what it shows in each column. */
	public interface Labelled {
		String text(Column column);
	}

	/** Adds the columns to a table or tree viewer and returns their SWT columns. */
	public static List<Item> addColumns(ColumnViewer viewer, List<Column> columns) {
		List<Item> items = new ArrayList<>();
		for (Column c : columns) {
			ViewerColumn column;
			if (viewer instanceof TreeViewer tree) {
				TreeViewerColumn t = new TreeViewerColumn(tree, SWT.LEFT);
				t.getColumn().setText(Messages.get(c.header()));
				t.getColumn().setWidth(c.width());
				items.add(t.getColumn());
				column = t;
			} else {
				TableViewerColumn t = new TableViewerColumn((TableViewer) viewer, SWT.LEFT);
				t.getColumn().setText(Messages.get(c.header()));
				t.getColumn().setWidth(c.width());
				items.add(t.getColumn());
				column = t;
			}
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return element instanceof FindingRecord f ? c.text().apply(f)
							: element instanceof Labelled l ? l.text(c) : String.valueOf(element);
				}
			});
		}
		return items;
	}

	public static String severity(FindingRecord f) {
		return Messages.get("severity." + f.getSeverity().getLiteral())
				+ (f.isRounding() ? Messages.get("findings.roundingMark") : "");
	}

	public static String status(FindingRecord f) {
		return statusName(f.getStatus()) + (f.getDismissReason() == DismissReason.NONE ? ""
				: Messages.format("findings.reasonFormat",
						Messages.get("findings.reason." + f.getDismissReason().getName().toLowerCase())));
	}

	public static String statusName(org.fiscallens.model.review.FindingStatus status) {
		return Messages.get("findings.status." + status.getName().toLowerCase());
	}

	public static String where(FindingRecord f) {
		return f.getLocations().stream().map(l -> (l.getTable() != null ? l.getTable() + " " + nz(l.getRow())
				: nz(l.getSection())) + " @" + l.getLine()).distinct().collect(Collectors.joining("；"));
	}

	public static int firstLine(FindingRecord f) {
		return f.getLocations().stream().mapToInt(FindingLocation::getLine).filter(l -> l > 0).min().orElse(0);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
