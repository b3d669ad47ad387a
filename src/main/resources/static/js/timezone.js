// Tells the server the reader's time zone, so meeting times can be shown in it as well.
(function () {
	try {
		var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
		if (zone && document.cookie.indexOf('hamkori-tz=' + encodeURIComponent(zone)) < 0) {
			document.cookie = 'hamkori-tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; samesite=lax';
		}
	} catch (e) { /* older browsers: venue time only */ }
})();
