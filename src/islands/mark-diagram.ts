/**
 * "You are here" on an algorithm's build-time diagram (static SVG, no client library): marks the
 * current step and the steps walked so far, names the current step in the caption, and centres it
 * in the diagram's own scroll box on a phone, without scrolling the page.
 */
export function markDiagram(
	figure: Element | null,
	current: string,
	visited: string[],
	caption: string,
): void {
	if (!figure) return;
	let node: SVGGElement | null = null;
	for (const g of Array.from(figure.querySelectorAll<SVGGElement>('g[data-node]'))) {
		const id = g.getAttribute('data-node');
		const isCurrent = id === current;
		if (isCurrent) node = g;
		if (isCurrent) g.setAttribute('data-current', 'true');
		else g.removeAttribute('data-current');
		if (!isCurrent && id && visited.includes(id)) g.setAttribute('data-visited', 'true');
		else g.removeAttribute('data-visited');
	}
	const label = figure.querySelector('[data-diagram-current]');
	if (label) label.textContent = caption;
	const box = figure.querySelector<HTMLElement>('.diagram');
	if (!box || !node || (box.scrollWidth <= box.clientWidth && box.scrollHeight <= box.clientHeight)) return;
	const b = box.getBoundingClientRect();
	const n = node.getBoundingClientRect();
	box.scrollTo({
		left: box.scrollLeft + n.left - b.left - (b.width - n.width) / 2,
		top: box.scrollTop + n.top - b.top - (b.height - n.height) / 3,
	});
}
