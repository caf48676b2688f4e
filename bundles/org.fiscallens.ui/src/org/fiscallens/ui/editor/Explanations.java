package org.fiscallens.ui.editor;

import java.util.List;

import org.eclipse.swt.graphics.Color;
import org.fiscallens.model.review.FindingRecord;
import org.fiscallens.model.review.FindingSeverity;
import org.fiscallens.ui.Messages;
import org.fiscallens.ui.views.FindingLabels;

/** How the editor shows findings on the document: severity colours and the explanation in a tooltip. */
public final class Explanations {

	// light backgrounds that keep black text readable, in the order error, warning, info
	private static final Color ERROR = new Color(255, 199, 199);
	private static final Color WARNING = new Color(255, 230, 160);
	private static final Color INFO = new Color(205, 225, 255);
	/** Claims without findings: found and compared, nothing to say. */
	public static final Color CLAIM = new Color(225, 240, 225);

	private Explanations() {
	}

	public static Color background(FindingSeverity severity) {
		if (severity == null) {
			return null;
		}
		return switch (severity) {
		case ERROR -> ERROR;
		case WARNING -> WARNING;
		default -> INFO;
		};
	}

	/** One paragraph per finding: severity, status, rule and title, the message, expected / actual / difference. */
	public static String tooltip(List<FindingRecord> findings) {
		if (findings.isEmpty()) {
			return null;
		}
		StringBuilder s = new StringBuilder();
		for (FindingRecord f : findings) {
			if (!s.isEmpty()) {
				s.append("\n\n");
			}
			s.append('[').append(Messages.get("severity." + f.getSeverity().getLiteral()))
					.append(f.isRounding() ? Messages.get("findings.roundingMark") : "").append(" · ")
					.append(FindingLabels.statusName(f.getStatus())).append("] ")
					.append(f.getRule()).append('\n').append(f.getMessage());
			if (f.getExpected() != null) {
				s.append('\n').append(Messages.get("details.expected")).append(f.getExpected());
				s.append('\n').append(Messages.get("details.actual")).append(f.getActual());
				s.append('\n').append(Messages.get("details.difference")).append(f.getDifference());
			}
		}
		return s.toString();
	}
}
