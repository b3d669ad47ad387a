// Draws the charts of the analytics pages with ECharts. Each chart is an element with a
// data-chart attribute holding its data as JSON ({type, unit, categories, series}); the
// same figures are in the table under it, which is what screen readers and pages without
// script use. No inline script: the Content-Security-Policy allows scripts from this site only.
(function () {
	function draw(element) {
		if (element.dataset.ready || !window.echarts) { return; }
		element.dataset.ready = '1';
		var spec;
		try { spec = JSON.parse(element.dataset.chart); } catch (e) { return; }
		if (!spec.categories || spec.categories.length === 0) { return; }
		var chart = window.echarts.init(element);
		var several = spec.series.length > 1;
		chart.setOption({
			animation: false,
			tooltip: { trigger: 'axis', renderMode: 'richText' },
			legend: { show: several, top: 0 },
			grid: { left: 70, right: 20, top: several ? 36 : 16, bottom: 40 },
			xAxis: { type: 'category', data: spec.categories },
			yAxis: { type: 'value', name: spec.unit },
			series: spec.series.map(function (s) {
				return { name: s.name, type: spec.type, data: s.data, connectNulls: false };
			})
		});
		element.classList.add('drawn');
		window.addEventListener('resize', function () { chart.resize(); });
	}
	function init() {
		document.querySelectorAll('.chart[data-chart]').forEach(draw);
	}
	document.addEventListener('DOMContentLoaded', init);
	document.addEventListener('htmx:afterSwap', init);
})();
