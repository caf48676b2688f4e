package org.fiscallens.rules.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

/**
 * Lexical highlighting with the language's own ANTLR lexer, so the editor tokenizes exactly as the parser does:
 * keywords (words only), strings, numbers, comments.
 */
final class RuleTokenScanner implements ITokenScanner {

	private record Span(int offset, int length, TextAttribute attribute) {
	}

	private final Injector injector;
	private final Map<Integer, String> tokenNames;
	private List<Span> spans = List.of();
	private int next;
	private Span current;

	RuleTokenScanner(Injector injector) {
		this.injector = injector;
		this.tokenNames = injector.getInstance(ITokenDefProvider.class).getTokenDefMap();
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		String text;
		try {
			text = document.get(offset, length);
		} catch (BadLocationException e) {
			text = "";
		}
		Lexer lexer = injector.getInstance(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
		lexer.setCharStream(new ANTLRStringStream(text));
		List<Span> lexed = new ArrayList<>();
		for (org.antlr.runtime.Token token = lexer.nextToken(); token.getType() != org.antlr.runtime.Token.EOF; token = lexer
				.nextToken()) {
			CommonToken common = (CommonToken) token;
			int tokenLength = common.getStopIndex() - common.getStartIndex() + 1;
			if (tokenLength > 0) {
				lexed.add(new Span(offset + common.getStartIndex(), tokenLength, attribute(token.getType())));
			}
		}
		spans = lexed;
		next = 0;
	}

	private TextAttribute attribute(int type) {
		String name = tokenNames.getOrDefault(type, "");
		if (name.startsWith("'") && name.length() > 2 && Character.isLetter(name.charAt(1))) {
			return RuleColors.KEYWORD;
		}
		return switch (name) {
		case "RULE_STRING" -> RuleColors.STRING;
		case "RULE_ML_COMMENT", "RULE_SL_COMMENT" -> RuleColors.COMMENT;
		case "RULE_INT" -> RuleColors.NUMBER;
		default -> RuleColors.DEFAULT;
		};
	}

	@Override
	public IToken nextToken() {
		if (next >= spans.size()) {
			return Token.EOF;
		}
		current = spans.get(next++);
		return new Token(current.attribute());
	}

	@Override
	public int getTokenOffset() {
		return current.offset();
	}

	@Override
	public int getTokenLength() {
		return current.length();
	}
}
