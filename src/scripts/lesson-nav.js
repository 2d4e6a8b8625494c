// Course sidebar done marks and "Šajā lapā" scroll-spy for lesson pages. Plain script, inlined by
// CourseSidebar.astro: no framework, no extra request. It reads progress from localStorage
// (pc:progress:v2, else the v1 key before its migration) and only shows or hides existing marks.
(() => {
	const nav = document.querySelector('.course-sidebar');
	if (nav) {
		let lessons = {};
		try {
			const raw = localStorage.getItem('pc:progress:v2') ?? localStorage.getItem('pc:progress:v1');
			const data = raw ? JSON.parse(raw) : null;
			if (data && typeof data.lessons === 'object' && data.lessons) lessons = data.lessons;
		} catch {
			/* storage blocked or corrupt: no marks */
		}
		for (const li of nav.querySelectorAll('[data-lesson]'))
			if (Object.hasOwn(lessons, li.getAttribute('data-lesson'))) {
				li.classList.add('is-done');
				const mark = li.querySelector('.course-sidebar__done');
				if (mark) mark.hidden = false;
			}
	}
	// Scroll-spy: the "Šajā lapā" link of the section being read gets aria-current="location". The
	// table of contents follows this script in the page, so it starts once the page is parsed.
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', spy);
	else spy();

	function spy() {
		const links = [...document.querySelectorAll('.toc a[href^="#"]')];
		const targets = links
			.map((a) => [a, document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)))])
			.filter(([, el]) => el);
		if (!targets.length) return;
		let queued = false;
		const update = () => {
			queued = false;
			const line = window.innerHeight * 0.25;
			let current = null;
			for (const [a, el] of targets) if (el.getBoundingClientRect().top <= line) current = a;
			for (const [a] of targets)
				if (a === current) a.setAttribute('aria-current', 'location');
				else a.removeAttribute('aria-current');
		};
		const onScroll = () => {
			if (!queued) {
				queued = true;
				requestAnimationFrame(update);
			}
		};
		addEventListener('scroll', onScroll, { passive: true });
		addEventListener('resize', onScroll, { passive: true });
		update();
	}
})();
