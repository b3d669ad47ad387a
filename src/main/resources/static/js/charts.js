// Draws the charts of the analytics pages with ECharts (the cut-down build in js/vendor).
// Each chart is an element with a data-chart attribute holding its data as JSON
// ({type, unit, categories, series}) and the page language's group and decimal signs
// (data-group, data-decimal, from ICU on the server); the same figures are in the table
// under it, which is what screen readers and pages without script use. No inline script:
// the Content-Security-Policy allows scripts from this site only.
(function () {
	var lang = document.documentElement.lang || 'en';

	// Figures as the page writes them: Intl.NumberFormat for the page's language where the
	// browser knows it (English otherwise), with the separators the server's ICU uses, so
	// that axis, tooltip and table agree. Axis labels of a million and more are compact
	// ("3 млрд") where the browser has the words; the tooltip is always exact.
	function numbers(element) {
		var known = window.Intl && Intl.NumberFormat.supportedLocalesOf([lang]).length > 0;
		var locale = known ? lang : 'en';
		var exact = new Intl.NumberFormat(locale, { maximumFractionDigits: 12, useGrouping: 'always' });
		var compact = known ? new Intl.NumberFormat(lang, { notation: 'compact', maximumSignificantDigits: 3 }) : null;
		var group = element.dataset.group || ',';
		var decimal = element.dataset.decimal || '.';
		function local(value) {
			return exact.formatToParts(value).map(function (part) {
				return part.type === 'group' ? group : part.type === 'decimal' ? decimal : part.value;
			}).join('');
		}
		return {
			exact: function (value) { return (value === null || value === undefined || value === '') ? '–' : local(value); },
			axis: function (value) { return (compact && Math.abs(value) >= 1e6) ? compact.format(value) : local(value); }
		};
	}

	function draw(element) {
		if (element.dataset.ready || !window.echarts) { return; }
		element.dataset.ready = '1';
		var spec;
		try { spec = JSON.parse(element.dataset.chart); } catch (e) { return; }
		if (!spec.categories || spec.categories.length === 0) { return; }
		// shown before drawing: a hidden box has no width, and the canvas would stay 100 px
		element.classList.add('drawn');
		var format = numbers(element);
		var chart = window.echarts.init(element);
		var several = spec.series.length > 1;
		chart.setOption({
			animation: false,
			tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: format.exact },
			// the legend below the plot, the unit above it: they never meet
			legend: { show: several, type: 'scroll', bottom: 0, left: 0, right: 0 },
			grid: { left: 4, right: 16, top: 32, bottom: several ? 36 : 8, containLabel: true },
			xAxis: { type: 'category', data: spec.categories },
			yAxis: {
				type: 'value', name: spec.unit, nameLocation: 'end', nameGap: 14,
				nameTextStyle: { align: 'left' }, axisLabel: { formatter: format.axis }
			},
			series: spec.series.map(function (s) {
				return { name: s.name, type: spec.type, data: s.data, connectNulls: false };
			})
		});
		element.hamkoriChart = chart;
		// follows its box, not only the window: a column of the dashboard, a phone turned
		if (window.ResizeObserver) {
			new ResizeObserver(function () { chart.resize(); }).observe(element);
		} else {
			window.addEventListener('resize', function () { chart.resize(); });
		}
	}
	function init() {
		document.querySelectorAll('.chart[data-chart]').forEach(draw);
	}
	document.addEventListener('DOMContentLoaded', init);
	document.addEventListener('htmx:afterSwap', init);
	// printing: charts take the paper's width, and collapsed tables print open
	var closed = [];
	window.addEventListener('beforeprint', function () {
		document.querySelectorAll('.chart.drawn').forEach(function (element) {
			if (element.hamkoriChart) { element.hamkoriChart.resize(); }
		});
		closed = Array.prototype.filter.call(document.querySelectorAll('details.figure-table'), function (d) { return !d.open; });
		closed.forEach(function (d) { d.open = true; });
	});
	window.addEventListener('afterprint', function () {
		closed.forEach(function (d) { d.open = false; });
		closed = [];
	});
})();
