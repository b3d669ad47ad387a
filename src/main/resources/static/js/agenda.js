// Reordering the agenda by dragging: on drop, the new order of item ids is posted
// through the agenda-order form (htmx swaps the agenda). The arrow buttons do the same
// for keyboard users, without any script.
(function () {
	function init(root) {
		var list = root.querySelector('ol.agenda.sortable');
		var form = root.querySelector('#agenda-order');
		if (!list || !form || list.dataset.ready) { return; }
		list.dataset.ready = '1';
		var dragged = null;
		list.addEventListener('dragstart', function (e) {
			dragged = e.target.closest('li');
			if (dragged) { dragged.classList.add('dragging'); e.dataTransfer.effectAllowed = 'move'; }
		});
		list.addEventListener('dragover', function (e) {
			if (!dragged) { return; }
			e.preventDefault();
			var over = e.target.closest('li');
			if (!over || over === dragged) { return; }
			var box = over.getBoundingClientRect();
			list.insertBefore(dragged, (e.clientY - box.top) > box.height / 2 ? over.nextSibling : over);
		});
		list.addEventListener('dragend', function () {
			if (!dragged) { return; }
			dragged.classList.remove('dragging');
			dragged = null;
			form.querySelectorAll('input[name="item"]').forEach(function (old) { form.removeChild(old); });
			list.querySelectorAll('li[data-id]').forEach(function (li) {
				var input = document.createElement('input');
				input.type = 'hidden'; input.name = 'item'; input.value = li.dataset.id;
				form.appendChild(input);
			});
			if (window.htmx) { window.htmx.trigger(form, 'submit'); } else { form.submit(); }
		});
	}
	document.addEventListener('DOMContentLoaded', function () { init(document); });
	document.addEventListener('htmx:afterSwap', function () { init(document); });
})();
