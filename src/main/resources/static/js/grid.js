// The entry grid: arrow keys and Enter move between value cells of a column, and each
// breakdown shows the sum of its cells next to the total, so a mismatch is seen while
// typing. Without script the grid still works; the server checks the totals anyway.
(function () {
	function parse(text) {
		var t = (text || '').replace(/[\s\u00a0]/g, '');
		if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) { t = t.replace(',', '.'); }
		var n = Number(t);
		return t === '' || isNaN(n) ? null : n;
	}
	function sums(table) {
		table.querySelectorAll('tbody[data-breakdown]').forEach(function (body) {
			var total = 0, any = false;
			body.querySelectorAll('input.num').forEach(function (input) {
				var n = parse(input.value);
				if (n !== null) { total += n; any = true; }
			});
			var out = body.querySelector('.sum');
			if (out) { out.textContent = any ? ' Σ ' + Math.round(total * 10000) / 10000 : ''; }
		});
	}
	function init() {
		var form = document.getElementById('entry-grid');
		if (!form || form.dataset.ready) { return; }
		form.dataset.ready = '1';
		var cells = Array.prototype.slice.call(form.querySelectorAll('input.num'));
		form.addEventListener('keydown', function (e) {
			var i = cells.indexOf(e.target);
			if (i < 0) { return; }
			var next = null;
			if (e.key === 'ArrowDown' || e.key === 'Enter') { next = cells[i + 1]; }
			if (e.key === 'ArrowUp') { next = cells[i - 1]; }
			if (next) { e.preventDefault(); next.focus(); next.select(); }
			else if (e.key === 'Enter') { e.preventDefault(); }
		});
		form.addEventListener('input', function (e) {
			var table = e.target.closest('table.grid');
			if (table) { sums(table); }
		});
		form.querySelectorAll('table.grid').forEach(sums);
	}
	document.addEventListener('DOMContentLoaded', init);
})();
