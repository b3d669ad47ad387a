package org.hamkori.shared.web;

import org.hamkori.shared.DemoMode;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Whether the figures on a page are synthetic: in a deployment with demo data every
 * figure is marked so, since the demo story writes them through the same services as real
 * reports and nothing else tells them apart (docs/decisions/0028). Pages with figures
 * show the notice through {@code analytics/fragments :: synthetic}.
 */
@ControllerAdvice
class SyntheticFigures {

	private final DemoMode demo;

	SyntheticFigures(DemoMode demo) {
		this.demo = demo;
	}

	@ModelAttribute("syntheticFigures")
	boolean syntheticFigures() {
		return this.demo.isEnabled();
	}

}
