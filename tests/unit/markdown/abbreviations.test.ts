import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'preact/jsx-runtime';
import { h, type ComponentChildren } from 'preact';
import { render } from 'preact-render-to-string';
import {
	abbreviationsFromGlossary,
	markAbbreviations,
	rehypeAbbreviations,
	type AbbrSource,
} from '../../../src/lib/markdown/abbreviations.ts';
import { rehypeGlossaryLinks } from '../../../src/lib/markdown/rehype-glossary-links.ts';
import { readGlossaryDir } from '../../../src/lib/markdown/glossary-files.ts';

const TERMS: AbbrSource[] = [
	{ term: 'ieslodzījuma vieta', abbr: 'IeV' },
	{ term: 'Ieslodzījuma vietu pārvalde', abbr: 'IeVP' },
	{ term: 'Valsts policija', abbr: 'VP' },
	{ term: 'Valsts probācijas dienests', abbr: 'VPD' },
	{ term: 'Eiropas Savienība', abbr: 'ES' },
	{ term: 'Nodarbinātības valsts aģentūra', abbr: 'NVA' },
	{ term: 'sociālais dienests', abbr: 'Dienests' },
];
const ABBRS = abbreviationsFromGlossary(TERMS);
const fixture = (name: string) => readFileSync(new URL(`./fixtures/abbr/${name}`, import.meta.url), 'utf8');

const md = async (src: string, terms = TERMS) =>
	String(
		await unified()
			.use(remarkParse)
			.use(remarkRehype)
			.use(rehypeAbbreviations, { terms })
			.use(rehypeStringify)
			.process(src),
	);

const mdx = async (src: string) => {
	const { default: Content } = await evaluate(src, {
		...(runtime as unknown as Parameters<typeof evaluate>[1]),
		rehypePlugins: [[rehypeAbbreviations, { terms: TERMS }]],
	});
	const Situation = (p: { title: string; children: ComponentChildren }) =>
		h('section', { 'data-title': p.title }, p.children);
	return render(h(Content as never, { components: { Situation } }));
};

const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

describe('abbreviation matching (pure)', () => {
	test('only abbreviations with two or more capitals, longest first', () => {
		const order = ABBRS.map((a) => a.abbr);
		expect([...order].sort()).toEqual(['ES', 'IeV', 'IeVP', 'NVA', 'VP', 'VPD']);
		expect(order.indexOf('IeVP')).toBeLessThan(order.indexOf('IeV'));
		expect(order.indexOf('VPD')).toBeLessThan(order.indexOf('VP'));
	});
	test('marks the first use of each and leaves later uses plain', () => {
		const seen = new Set<string>();
		expect(markAbbreviations('IeV un IeV', ABBRS, seen)).toEqual([
			{ text: 'IeV', title: 'ieslodzījuma vieta' },
			{ text: ' un IeV' },
		]);
		expect(markAbbreviations('vēl IeV', ABBRS, seen)).toEqual([{ text: 'vēl IeV' }]);
	});
	test('text without abbreviations is one plain segment', () => {
		expect(markAbbreviations('nekā te nav', ABBRS)).toEqual([{ text: 'nekā te nav' }]);
	});
	test('a multi-word abbreviation matches across a space', () => {
		const a = abbreviationsFromGlossary([
			{ term: 'Cēsu Audzināšanas iestāde nepilngadīgajiem', abbr: 'Cēsu AIeN' },
		]);
		expect(markAbbreviations('Cēsu AIeN ir', a)[0]).toEqual({
			text: 'Cēsu AIeN',
			title: 'Cēsu Audzināšanas iestāde nepilngadīgajiem',
		});
	});
});

describe('abbreviation markup, Markdown and MDX fixtures', () => {
	test('the longest match first: IeVP before IeV, VPD before VP', async () => {
		const html = await md(fixture('longest.md'));
		expect(html).toContain('<abbr title="Ieslodzījuma vietu pārvalde">IeVP</abbr>');
		expect(html).toContain('<abbr title="ieslodzījuma vieta">IeV</abbr>');
		expect(html).toContain('<abbr title="Valsts probācijas dienests">VPD</abbr>');
		expect(html).toContain('<abbr title="Valsts policija">VP</abbr>');
		expect(html).not.toMatch(/<abbr[^>]*>IeV<\/abbr>P/);
		expect(html).not.toMatch(/<abbr[^>]*>VP<\/abbr>D/);
	});
	test('case-sensitive: "ES" is marked, "es" and "Es" are not', async () => {
		const html = await md(fixture('case.md'));
		expect(html).toBe('<p>Vai es zinu, ko dara <abbr title="Eiropas Savienība">ES</abbr>? Es zinu.</p>');
	});
	test('never inside headings, links or code; only the first use in the text', async () => {
		const html = await md(fixture('skip.md'));
		expect(html).toContain('<h2>IeV un VPD virsrakstā</h2>');
		expect(html).toContain('<a href="/riki/">uz IeV</a>');
		expect(html).toContain('<code>VPD</code>');
		expect(html).toContain(
			'Tekstā <abbr title="ieslodzījuma vieta">IeV</abbr> un <abbr title="Valsts probācijas dienests">VPD</abbr>',
		);
		expect(count(html, /<abbr/g)).toBe(2);
	});
	test('an ordinary word given as an abbreviation ("Dienests") is never marked', async () => {
		expect(await md('Dienests palīdz.')).toBe('<p>Dienests palīdz.</p>');
	});
	test('MDX: inside a component body, not in its props or in headings; first use only', async () => {
		const html = await mdx(fixture('component.mdx'));
		expect(html).toContain('<h2>Ko dara IeVP</h2>');
		expect(html).toContain('data-title="NVA pēc atbrīvošanas"');
		expect(html).toContain('<abbr title="Nodarbinātības valsts aģentūra">NVA</abbr>.');
		expect(html).toContain('<abbr title="Ieslodzījuma vietu pārvalde">IeVP</abbr> minēti');
		expect(count(html, /<abbr/g)).toBe(2);
	});
	test('after the glossary links: an <abbr> inside a term link counts as the first use', async () => {
		const terms = [{ id: 'vpd', term: 'Valsts probācijas dienests', abbr: 'VPD' }];
		const html = String(
			await unified()
				.use(remarkParse)
				.use(remarkRehype)
				.use(rehypeGlossaryLinks, { terms })
				.use(rehypeAbbreviations, { terms })
				.use(rehypeStringify)
				.process('VPD strādā. Vēlāk VPD atkal.'),
		);
		expect(count(html, /<abbr/g)).toBe(1);
		expect(html).toContain(
			'<a href="/terminologija/#vpd" class="term-link"><abbr title="Valsts probācijas dienests">VPD</abbr></a>',
		);
	});
	test('the real glossary: every abbreviation is unique and IeVP, IeV, VPD and VP are all present', () => {
		const all = readGlossaryDir<AbbrSource & { id: string }>(
			new URL('../../../content/glossary/', import.meta.url),
		);
		const abbrs = abbreviationsFromGlossary(all).map((a) => a.abbr);
		expect(new Set(abbrs).size).toBe(abbrs.length);
		for (const a of ['IeVP', 'IeV', 'VPD', 'VP']) expect(abbrs).toContain(a);
	});
});
