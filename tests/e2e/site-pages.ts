import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every built page's URL path, read from dist/ (the build runs before the e2e tests). */
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
	return out.map((p) => p.replace(/^\/\/?$/, '/').replace(/^\/\//, '/')).sort();
}
