package org.hamkori.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

/**
 * The formula of a derived indicator, such as {@code #REMITTANCES / #DEPARTURES}: Spring
 * expression language over variables named after catalogue indicators, evaluated in a
 * read-only context that knows no types, constructors, beans or methods. A missing input,
 * a division by zero or any other failure gives no value, never an error.
 */
final class Formula {

	private static final SpelExpressionParser PARSER = new SpelExpressionParser();

	private static final Pattern VARIABLE = Pattern.compile("#([A-Za-z][A-Za-z0-9_]*)");

	private final String text;

	private final Expression expression;

	private final Set<String> variables;

	private Formula(String text, Expression expression, Set<String> variables) {
		this.text = text;
		this.expression = expression;
		this.variables = variables;
	}

	/**
	 * Parses a formula.
	 * @throws IllegalArgumentException when it is not an expression or names no variable
	 */
	public static Formula parse(String text) {
		if (text == null || text.isBlank() || text.length() > 500) {
			throw new IllegalArgumentException("empty formula");
		}
		Expression expression;
		try {
			expression = PARSER.parseExpression(text);
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("not a formula", ex);
		}
		Set<String> variables = new LinkedHashSet<>();
		Matcher matcher = VARIABLE.matcher(text);
		while (matcher.find()) {
			variables.add(matcher.group(1));
		}
		if (variables.isEmpty()) {
			throw new IllegalArgumentException("no variable");
		}
		return new Formula(text, expression, Set.copyOf(variables));
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
		SimpleEvaluationContext context = SimpleEvaluationContext.forReadOnlyDataBinding().build();
		for (String variable : this.variables) {
			BigDecimal value = values.get(variable);
			if (value == null) {
				return Optional.empty();
			}
			context.setVariable(variable, value.doubleValue());
		}
		try {
			Object result = this.expression.getValue(context);
			if (!(result instanceof Number number)) {
				return Optional.empty();
			}
			double value = number.doubleValue();
			if (Double.isNaN(value) || Double.isInfinite(value)) {
				return Optional.empty();
			}
			return Optional.of(BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP));
		}
		catch (EvaluationException | ArithmeticException ex) {
			return Optional.empty();
		}
	}

}
