package org.hamkori.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.ParseException;
import com.ezylang.evalex.parser.Token;

/**
 * The formula of a derived indicator, such as {@code #REMITTANCES / #DEPARTURES}. It is
 * checked when parsed against a small grammar: decimal numbers, indicator references
 * ({@code #CODE}), {@code + - * /}, parentheses and the functions {@code MIN},
 * {@code MAX}, {@code ABS}, {@code ROUND}, {@code SUM} and {@code AVERAGE}; anything else
 * is refused. It is evaluated in decimal arithmetic (EvalEx, 34 significant digits),
 * never in binary floating point, and the result is rounded to 4 decimals. A missing
 * input, a division by zero or any other failure gives no value, never an error.
 */
final class Formula {

	/** The functions a formula may call. */
	static final Set<String> FUNCTIONS = Set.of("MIN", "MAX", "ABS", "ROUND", "SUM", "AVERAGE");

	private static final Set<String> OPERATORS = Set.of("+", "-", "*", "/");

	private static final Pattern VARIABLE = Pattern.compile("#([A-Za-z][A-Za-z0-9_]*)");

	/** Characters a formula may contain at all. */
	private static final Pattern ALPHABET = Pattern.compile("[#A-Za-z0-9_.,()+\\-*/ \\t]+");

	private static final ExpressionConfiguration CONFIGURATION = ExpressionConfiguration.builder()
		.mathContext(MathContext.DECIMAL128)
		.arraysAllowed(false)
		.structuresAllowed(false)
		.implicitMultiplicationAllowed(false)
		.singleQuoteStringLiteralsAllowed(false)
		.build();

	private final String text;

	private final String expression;

	private final Set<String> variables;

	private Formula(String text, String expression, Set<String> variables) {
		this.text = text;
		this.expression = expression;
		this.variables = variables;
	}

	/**
	 * Parses and checks a formula.
	 * @throws IllegalArgumentException when it is not a formula of the grammar or names
	 * no indicator
	 */
	public static Formula parse(String text) {
		if (text == null || text.isBlank() || text.length() > 500) {
			throw new IllegalArgumentException("empty formula");
		}
		if (!ALPHABET.matcher(text).matches()) {
			throw new IllegalArgumentException("not a formula");
		}
		Set<String> variables = new LinkedHashSet<>();
		Matcher matcher = VARIABLE.matcher(text);
		while (matcher.find()) {
			variables.add(matcher.group(1));
		}
		if (variables.isEmpty()) {
			throw new IllegalArgumentException("no variable");
		}
		String expression = matcher.replaceAll("$1");
		if (expression.indexOf('#') >= 0) {
			throw new IllegalArgumentException("not a formula");
		}
		try {
			Expression parsed = new Expression(expression, CONFIGURATION);
			parsed.validate();
			check(parsed.getAbstractSyntaxTree(), variables);
		}
		catch (ParseException | RuntimeException ex) {
			throw new IllegalArgumentException("not a formula", ex);
		}
		return new Formula(text, expression, Set.copyOf(variables));
	}

	/** Refuses any node outside the grammar, anywhere in the tree. */
	private static void check(ASTNode node, Set<String> variables) {
		Token token = node.getToken();
		String value = token.getValue();
		boolean allowed = switch (token.getType()) {
			case NUMBER_LITERAL -> value.chars().allMatch((c) -> Character.isDigit(c) || c == '.');
			case VARIABLE_OR_CONSTANT -> variables.contains(value);
			case INFIX_OPERATOR -> OPERATORS.contains(value);
			case PREFIX_OPERATOR -> value.equals("-") || value.equals("+");
			case FUNCTION -> FUNCTIONS.contains(value.toUpperCase(java.util.Locale.ROOT));
			default -> false;
		};
		if (!allowed) {
			throw new IllegalArgumentException("not allowed in a formula: " + value);
		}
		List<ASTNode> parameters = node.getParameters();
		for (ASTNode parameter : parameters) {
			check(parameter, variables);
		}
	}

	public String text() {
		return this.text;
	}

	/** The indicator codes the formula reads. */
	public Set<String> variables() {
		return this.variables;
	}

	/**
	 * The value for one period, or none when an input is missing or it cannot be
	 * computed.
	 */
	public Optional<BigDecimal> evaluate(Map<String, BigDecimal> values) {
		Map<String, Object> inputs = new HashMap<>();
		for (String variable : this.variables) {
			BigDecimal value = values.get(variable);
			if (value == null) {
				return Optional.empty();
			}
			inputs.put(variable, value);
		}
		try {
			EvaluationValue result = new Expression(this.expression, CONFIGURATION).withValues(inputs).evaluate();
			if (!result.isNumberValue()) {
				return Optional.empty();
			}
			return Optional.of(result.getNumberValue().setScale(4, RoundingMode.HALF_UP));
		}
		catch (EvaluationException | ParseException | ArithmeticException ex) {
			return Optional.empty();
		}
	}

}
