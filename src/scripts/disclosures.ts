/**
 * The header's "Krīzē" panel and the lesson's "Šajā lapā" bar are <details> elements marked
 * `data-dismiss`: they open and close without JavaScript. With it, they also close the way a
 * menu does: on Escape (focus returns to the toggle), on a tap outside, and after an in-page link.
 */
export function wireDisclosures(doc: Document = document): void {
	const open = () => Array.from(doc.querySelectorAll<HTMLDetailsElement>('details[data-dismiss][open]'));
	doc.addEventListener('keydown', (e) => {
		if (e.key !== 'Escape') return;
		for (const d of open()) {
			const hadFocus = d.contains(doc.activeElement);
			d.open = false;
			if (hadFocus) d.querySelector('summary')?.focus();
		}
	});
	doc.addEventListener('click', (e) => {
		const target = e.target instanceof Element ? e.target : null;
		for (const d of open())
			if (!target || !d.contains(target) || target.closest('a[href^="#"]')) d.open = false;
	});
}
