// The site menu and a mechanism's sections stay open on a wide screen and fold under their
// summary on a phone, so the page's own content is on the first screen; the summary opens
// them by touch or keyboard. Without script they stay open.
(function () {
	var narrow = window.matchMedia('(max-width: 40rem)');
	function apply() {
		document.querySelectorAll('details[data-collapse-narrow]').forEach(function (d) {
			d.open = !narrow.matches;
		});
	}
	document.addEventListener('DOMContentLoaded', apply);
	narrow.addEventListener('change', apply);
})();
