import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// The ~90 directory entry pages share one template: check a sample that covers its variants
// (emergency number, phone with a caveat, professional contact, handbook-only entry with an
// address, entry without a phone) instead of every one.
const DIRECTORY_SAMPLE = [
	'/resursi/neatliekama-palidziba-112/',
	'/resursi/atbalsta-talrunis-116006/',
	'/resursi/ievp-resocializacijas-dala/',
	'/resursi/laba-ceriba-sievietem/',
	'/resursi/vpd-cienpilnu-attiecibu-veidosana/',
	'/resursi/krizes-talrunis-116123/',
];

/** Every built page's URL path (directory entries sampled), read from dist/ (the build runs before the e2e tests). */
export function builtPages(): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const n of readdirSync(d)) {
			const p = join(d, n);
			if (statSync(p).isDirectory()) walk(p);
			else if (n === 'index.html')
				out.push('/' + relative('dist', d).replace(/\\/g, '/') + (d === 'dist' ? '' : '/'));
		}
	};
	walk('dist');
	return out
		.map((p) => p.replace(/^\/\/?$/, '/').replace(/^\/\//, '/'))
		.filter((p) => !/^\/resursi\/[a-z0-9-]+\/$/.test(p) || DIRECTORY_SAMPLE.includes(p))
		.sort();
}
