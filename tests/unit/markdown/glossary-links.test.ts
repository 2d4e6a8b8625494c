import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { linkGlossaryTerms, type GlossaryTerm } from '../../../src/lib/markdown/rehype-glossary-links.ts';

const TERMS: GlossaryTerm[] = parse(readFileSync('content/glossary/terms.yaml', 'utf8'));

const link = (html: string, terms = TERMS) => {
	const tree = fromHtml(html, { fragment: true });
	linkGlossaryTerms(tree as never, terms);
	return toHtml(tree);
};

describe('glossary links in lessons', () => {
	test('links the first use of a term, in an inflected form, and not the later ones', () => {
		expect(link('<p>Sazinieties ar bāriņtiesu. Bāriņtiesa var palīdzēt.</p>')).toBe(
			'<p>Sazinieties ar <a href="/terminologija/#barintiesa" class="term-link">bāriņtiesu</a>. Bāriņtiesa var palīdzēt.</p>',
		);
	});
	test('multi-word terms match across their inflected words', () => {
		expect(link('<p>Kopā sagatavojiet drošības plānu.</p>')).toContain(
			'<a href="/terminologija/#drosibas-plans" class="term-link">drošības plānu</a>',
		);
	});
	test('abbreviations are linked exactly, with the term as the abbr title; a longer one is not split', () => {
		const html = link('<p>Ziņojiet VPD un VP.</p>');
		expect(html).toContain(
			'<a href="/terminologija/#vpd" class="term-link"><abbr title="Valsts probācijas dienests">VPD</abbr></a>',
		);
		expect(html).toContain(
			'<a href="/terminologija/#vp" class="term-link"><abbr title="Valsts policija">VP</abbr></a>',
		);
	});
	test('a term used first as its abbreviation is not linked again in full', () => {
		const html = link('<p>PAPV piemēro tiesa. Pagaidu aizsardzība pret vardarbību ilgst.</p>');
		expect(html.match(/term-link/g)).toHaveLength(1);
		expect(html).toContain('#papv');
	});
	test('never inside headings, links, code or an existing abbr', () => {
		const html = link(
			'<h2>Bāriņtiesa</h2><p><a href="/x/">bāriņtiesa</a> <code>VPD</code> <abbr>VP</abbr></p><p>Bāriņtiesai ziņo.</p>',
		);
		expect(html).toBe(
			'<h2>Bāriņtiesa</h2><p><a href="/x/">bāriņtiesa</a> <code>VPD</code> <abbr>VP</abbr></p><p><a href="/terminologija/#barintiesa" class="term-link">Bāriņtiesai</a> ziņo.</p>',
		);
	});
	test('a word merely containing a term or abbreviation is not linked', () => {
		expect(link('<p>SDK, VPDA un pirmsbāriņtiesas posms.</p>')).not.toContain('term-link');
	});
	test('lowercase words are never taken for an abbreviation ("Dienests")', () => {
		const html = link('<p>Dienests, sociālais dienests.</p>', [
			{ id: 'socialais-dienests', term: 'sociālais dienests', abbr: 'Dienests' },
		]);
		expect(html).toBe(
			'<p>Dienests, <a href="/terminologija/#socialais-dienests" class="term-link">sociālais dienests</a>.</p>',
		);
	});
});

describe('glossary A–Z jump bar', () => {
	test('one link per initial letter in Latvian order, to the first term under it', async () => {
		const { glossaryLetters } = await import('../../../src/lib/content/glossary-letters.ts');
		expect(
			glossaryLetters([
				{ id: 'c', term: 'cietušais' },
				{ id: 's2', term: 'supervīzija' },
				{ id: 'c2', term: 'čeks' },
				{ id: 's', term: 'sociālais darbinieks' },
				{ id: 'b', term: 'bāriņtiesa' },
			]),
		).toEqual([
			{ letter: 'B', id: 'b' },
			{ letter: 'C', id: 'c' },
			{ letter: 'Č', id: 'c2' },
			{ letter: 'S', id: 's' },
		]);
	});
});
