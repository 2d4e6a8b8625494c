// Citation markers (src/lib/markdown/remark-citations.ts, CitedText): a tap or click opens the
// marker's document and section below it; a second tap, Escape or another marker closes it.
// Without this script the marker still opens on focus (CSS), so no island is needed.
document.documentElement.classList.add('cite-js');
const setOpen = (btn: Element, on: boolean) => btn.setAttribute('aria-expanded', String(on));
document.addEventListener('click', (e) => {
	const btn = (e.target as Element | null)?.closest?.('.cite-btn');
	for (const other of document.querySelectorAll('.cite-btn[aria-expanded="true"]'))
		if (other !== btn) setOpen(other, false);
	if (btn) setOpen(btn, btn.getAttribute('aria-expanded') !== 'true');
});
document.addEventListener('keydown', (e) => {
	if (e.key === 'Escape')
		for (const b of document.querySelectorAll('.cite-btn[aria-expanded="true"]')) setOpen(b, false);
});

export {};
