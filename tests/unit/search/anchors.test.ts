import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkBestBets, checkSearchAnchors } from '../../../src/integrations/search-anchors.ts';
import { createSlugger } from '../../../src/lib/search/slug.ts';
import { splitMarkdownAtHeadings } from '../../../src/lib/search/index-records.ts';
import { rehypeAsciiHeadingIds } from '../../../src/lib/markdown/rehype-ascii-heading-ids.ts';

const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'content', 'search-dangling-anchor');

describe('search anchors', () => {
	test('the build check names each record whose page or heading id is missing', () => {
		expect(checkSearchAnchors(fixture)).toEqual([
			'meklēšanas indekss: ierakstam "a#izglitojiet-par-iespejam" saite /kursi/a/#izglitojiet-par-iespejam, bet lapā /kursi/a/ nav id="izglitojiet-par-iespejam"',
			'meklēšanas indekss: ierakstam "res-nav" saite /resursi/nav/, bet lapas /resursi/nav/ nav',
		]);
	});

	test('a numbered heading gets the same anchor in the index as on the page', () => {
		const md = '## Ievads\n### 3. Izglītojiet par iespējām\nTeksts\n## Ievads\n';
		const anchors = splitMarkdownAtHeadings(md, createSlugger()).map((s) => s.anchor);
		const tree = {
			type: 'root',
			children: [
				{ type: 'element', tagName: 'h2', children: [{ type: 'text', value: 'Ievads' }] },
				{
					type: 'element',
					tagName: 'h3',
					children: [{ type: 'text', value: '3. Izglītojiet par iespējām' }],
				},
				{ type: 'element', tagName: 'h2', children: [{ type: 'text', value: 'Ievads' }] },
			],
		};
		rehypeAsciiHeadingIds()(tree as never);
		const ids = tree.children.map((c) => (c as { properties?: { id?: string } }).properties?.id);
		expect(anchors).toEqual(['', 'ievads', '3-izglitojiet-par-iespejam', 'ievads-1']);
		expect(ids).toEqual(anchors.slice(1));
	});
});

describe('best bets', () => {
	test('the build check names a best bet whose page is not in the index', () => {
		expect(
			checkBestBets(fixture, [
				{ when: ['kas ir'], show: ['/kursi/a/#kas-ir'] },
				{ when: ['pašnāvība', 'suicīds'], show: ['/riki/pasnavibas-risks/'] },
			]),
		).toEqual([
			'content/search/best-bets.yaml: „pašnāvība" rāda /riki/pasnavibas-risks/, bet tādas lapas meklēšanā nav',
		]);
	});
});
