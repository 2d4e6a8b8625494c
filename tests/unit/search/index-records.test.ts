import { describe, expect, test } from 'vitest';
import { slugifyHeading, splitMarkdownAtHeadings, toIndexed } from '../../../src/lib/search/index-records.ts';
import { buildSearchRecords } from '../../../src/lib/search/records.ts';

describe('slugifyHeading', () => {
	test('makes an ASCII id from a Latvian heading', () => {
		expect(slugifyHeading('Kāpēc cietušie atsakās?')).toBe('kapec-cietusie-atsakas');
	});

	test('collapses punctuation and trims dashes', () => {
		expect(slugifyHeading(' „Nezvaniet vairs” — 24/7 tālrunis! ')).toBe('nezvaniet-vairs-24-7-talrunis');
		expect(slugifyHeading('???')).toBe('');
	});
});

const MDX = `import Situation from '../../src/components/mdx/Situation.astro';
import { Callout } from './x';

Ievads ar **treknu** tekstu un [saiti](/resursi/x/).

## Kāpēc cietušie atsakās?

- Kauns un _bailes_
- Atkarība no \`partnera\`

<Situation title="Otrais zvans">
Klients saka: „Nezvaniet vairs”.
</Situation>

### Ko darīt

| Solis | Termiņš |
| --- | :---: |
| Zvans | 3 darba dienas |

#### Piezīme

\`\`\`
## nav virsraksts
\`\`\`

## Ko darīt
Atkārtots virsraksts.`;

describe('splitMarkdownAtHeadings', () => {
	const counts = new Map<string, number>();
	const slugger = (t: string) => {
		const base = slugifyHeading(t);
		const n = counts.get(base) ?? 0;
		counts.set(base, n + 1);
		return n ? `${base}-${n}` : base;
	};
	const parts = splitMarkdownAtHeadings(MDX, slugger);

	test('splits at ## and ### headings with the text before them first', () => {
		expect(parts.map((p) => [p.heading, p.anchor])).toEqual([
			['', ''],
			['Kāpēc cietušie atsakās?', 'kapec-cietusie-atsakas'],
			['Ko darīt', 'ko-darit'],
			['Ko darīt', 'ko-darit-1'],
		]);
	});

	test('turns markdown, imports and components into plain text, keeping a component title', () => {
		expect(parts.map((p) => p.text)).toEqual([
			'Ievads ar treknu tekstu un saiti.',
			'Kauns un bailes Atkarība no partnera Otrais zvans Klients saka: „Nezvaniet vairs”.',
			'Solis Termiņš Zvans 3 darba dienas Piezīme nav virsraksts',
			'Atkārtots virsraksts.',
		]);
	});

	test('still emits the intro when a page starts with a heading', () => {
		expect(splitMarkdownAtHeadings('## A\nteksts', slugifyHeading)).toEqual([
			{ heading: '', anchor: '', text: '' },
			{ heading: 'A', anchor: 'a', text: 'teksts' },
		]);
	});
});

describe('toIndexed', () => {
	test('adds distinct normalised words of all fields and of the title alone', () => {
		const [r] = toIndexed([
			{
				id: 'x',
				kind: 'lesson',
				url: '/x/#a',
				page: 'Krīzes dzīvoklis',
				heading: 'Kur pieteikties',
				text: 'Dzīvoklis dzīvoklī.',
				keywords: ['BT'],
			},
		]);
		expect(r?.nt).toBe('kriz dzivokl pieteikti syn_krizdz');
		expect(r?.n).toBe('kriz dzivokl pieteikti bt syn_krizdz syn_bt');
	});
});

describe('buildSearchRecords', () => {
	test("a tool's keywords are searched but not shown: they stay out of the snippet text", () => {
		const records = buildSearchRecords({
			lessons: [],
			glossary: [],
			resources: [],
			scenarios: [],
			tools: [
				{
					id: 'risks',
					title: 'Saruna par pašnāvības risku',
					summary: 'Jautājumu secība tiešai sarunai.',
					url: '/riki/risks/',
					text: 'Nekas netiek saglabāts.',
					keywords: ['suicīda risks', 'paškaitējums'],
				},
			],
		});
		expect(records).toHaveLength(1);
		expect(records[0]!.text).toBe('Jautājumu secība tiešai sarunai. Nekas netiek saglabāts.');
		const [indexed] = toIndexed(records);
		expect(indexed!.n.split(' ')).toEqual(expect.arrayContaining(['suicid', 'paskaitejum']));
	});
});
