import { describe, expect, test } from 'vitest';
import {
	adviceFor,
	answer,
	emptyState,
	isEmpty,
	note,
	toggle,
	type ChecklistDef,
} from '../../../src/lib/checklist/model.ts';
import { outcomeOf } from '../../../src/lib/checklist/outcome.ts';
import { asText, summarize, type SummaryLabels } from '../../../src/lib/checklist/summary.ts';
import { decodeChecklist, encodeChecklist } from '../../../src/lib/checklist/codec.ts';
import { checklistSchema } from '../../../src/content/schemas/tool.ts';
import { schemaProblems } from '../../helpers/fixtures.ts';

const def: ChecklistDef & { title: string } = {
	title: 'Notāra maksa',
	answers: 'yes-no',
	notes: true,
	sections: [
		{
			id: 'dokumenti',
			title: 'Dokumenti',
			answers: 'tick',
			items: [
				{ id: 'pase', text: 'Pase ir', advice: 'Paņemiet līdzi oriģinālu.' },
				{ id: 'izzina', text: 'Izziņa ir' },
			],
		},
		{ id: 'ienakumi', title: 'Ienākumi', items: [{ id: 'trucigs', text: 'Trūcīgas personas statuss' }] },
		{
			id: 'sajuta',
			title: 'Pašsajūta',
			answers: [
				{ value: 'maz', label: 'Maz' },
				{ value: 'daudz', label: 'Daudz' },
			],
			items: [{ id: 'nogurums', text: 'Nogurums' }],
		},
	],
	outcomes: [
		{ id: 'atbrivots', text: 'Var lūgt atbrīvojumu.', when: { all: [{ item: 'trucigs', is: 'yes' }] } },
		{ id: 'maksa', text: 'Maksa jāmaksā.', when: { any: [{ item: 'trucigs', is: 'no' }] } },
	],
};
const labels: SummaryLabels = {
	yes: 'Jā',
	no: 'Nē',
	ticked: 'atzīmēts',
	notTicked: 'nav atzīmēts',
	unanswered: 'nav atbildes',
	note: 'Piezīmes',
	advice: 'Ieteikums',
	outcome: 'Secinājums',
};

describe('checklist model', () => {
	test('a tick toggles, a yes/no answer can be changed and taken back, wrong values change nothing', () => {
		let s = toggle(def, emptyState(), 'pase');
		expect(s.answers).toEqual({ pase: 'yes' });
		s = toggle(def, s, 'pase');
		expect(isEmpty(s)).toBe(true);
		s = answer(def, s, 'trucigs', 'no');
		s = answer(def, s, 'trucigs', 'yes');
		expect(s.answers).toEqual({ trucigs: 'yes' });
		expect(answer(def, s, 'trucigs', 'yes').answers).toEqual({});
		expect(answer(def, s, 'pase', 'no')).toBe(s); // a tick item has no "no"
		expect(answer(def, s, 'nav-tada', 'yes')).toBe(s);
		expect(answer(def, s, 'nogurums', 'daudz').answers.nogurums).toBe('daudz');
	});
	test('notes count as content only when not blank', () => {
		const s = note(def, emptyState(), 'ienakumi', '   ');
		expect(isEmpty(s)).toBe(true);
		expect(isEmpty(note(def, s, 'ienakumi', 'jāpārbauda'))).toBe(false);
		expect(note({ ...def, notes: false }, s, 'ienakumi', 'x')).toBe(s);
	});
});

describe('checklist outcome', () => {
	test('the first matching outcome wins; none matches before an answer', () => {
		expect(outcomeOf(def, emptyState())).toBeNull();
		expect(outcomeOf(def, answer(def, emptyState(), 'trucigs', 'yes'))?.id).toBe('atbrivots');
		expect(outcomeOf(def, answer(def, emptyState(), 'trucigs', 'no'))?.id).toBe('maksa');
	});
});

describe('checklist summary and asText', () => {
	test('advice shows only for ticked items; answered counts per section', () => {
		const s = toggle(def, emptyState(), 'pase');
		const sum = summarize(def, s, labels);
		expect(sum[0]!.items[0]).toEqual({
			id: 'pase',
			text: 'Pase ir',
			answer: 'atzīmēts',
			advice: 'Paņemiet līdzi oriģinālu.',
		});
		expect(sum[0]!.items[1]!.advice).toBeUndefined();
		expect(sum.map((x) => x.answered)).toEqual([1, 0, 0]);
	});
	test('asText gives every section, answer, note and the outcome as plain text', () => {
		let s = toggle(def, emptyState(), 'pase');
		s = answer(def, s, 'trucigs', 'yes');
		s = answer(def, s, 'nogurums', 'maz');
		s = note(def, s, 'ienakumi', 'Statuss līdz 30.06.');
		expect(asText(def, s, labels, (t) => t.toUpperCase())).toBe(
			[
				'Notāra maksa',
				'',
				'Dokumenti',
				'- PASE IR: atzīmēts',
				'  Ieteikums: PAŅEMIET LĪDZI ORIĢINĀLU.',
				'- IZZIŅA IR: nav atzīmēts',
				'',
				'Ienākumi',
				'- TRŪCĪGAS PERSONAS STATUSS: Jā',
				'Piezīmes: Statuss līdz 30.06.',
				'',
				'Pašsajūta',
				'- NOGURUMS: Maz',
				'',
				'Secinājums: VAR LŪGT ATBRĪVOJUMU.',
				'',
			].join('\n'),
		);
	});
});

describe('checklist codec', () => {
	test('round-trips answers and notes; drops unknown items, wrong values and changed content', () => {
		const s = note(def, answer(def, toggle(def, emptyState(), 'pase'), 'trucigs', 'no'), 'ienakumi', 'x');
		const raw = encodeChecklist(def, s);
		expect(decodeChecklist(def, raw)).toEqual(s);
		const tampered = JSON.parse(raw) as { answers: Record<string, string> };
		tampered.answers = { pase: 'no', citi: 'yes', trucigs: 'yes' };
		expect(decodeChecklist(def, JSON.stringify(tampered))?.answers).toEqual({ trucigs: 'yes' });
		const changed = { ...def, sections: def.sections.slice(1) };
		expect(decodeChecklist(changed, raw)).toBeNull();
		expect(decodeChecklist(def, '{oops')).toBeNull();
		expect(decodeChecklist(def, null)).toBeNull();
	});
});

describe('checklistSchema', () => {
	test('an outcome pointing at a missing item or an answer the section does not allow fails, naming the field', () => {
		expect(schemaProblems(checklistSchema, 'content/tool-outcome-bad-ref.yaml')).toMatchInlineSnapshot(`
			[
			  "content/tool-outcome-bad-ref.yaml → outcomes.0.when.all.0.item: Secinājums "x" atsaucas uz neesošu punktu "divi".",
			  "content/tool-outcome-bad-ref.yaml → outcomes.1.when.any.0.is: Punktam "viens" nav atbildes "no"; iespējamās: yes.",
			]
		`);
	});
	test('a duplicate item id fails', () => {
		expect(schemaProblems(checklistSchema, 'content/tool-duplicate-item.yaml')).toMatchInlineSnapshot(`
			[
			  "content/tool-duplicate-item.yaml → sections.1.items.0.id: Punkta id "viens" atkārtojas. Katram punktam vajag savu id.",
			]
		`);
	});
	test('a printable card cannot have outcomes', () => {
		expect(schemaProblems(checklistSchema, 'content/tool-card-with-outcome.yaml')).toMatchInlineSnapshot(`
			[
			  "content/tool-card-with-outcome.yaml → interactive: Drukājamai kartītei (interactive: false) nevar būt "outcomes" vai "notes": tajā nekas netiek atzīmēts.",
			]
		`);
	});
});

describe('advice on chosen answers (adviceWhen)', () => {
	const scale: ChecklistDef & { title: string } = {
		title: 'Pašpārbaude',
		answers: [
			{ value: 'izdevas', label: 'Izdevās' },
			{ value: 'daleji', label: 'Daļēji' },
			{ value: 'neizdevas', label: 'Neizdevās' },
		],
		notes: false,
		sections: [
			{
				id: 'attieksme',
				title: 'Attieksme',
				items: [
					{ id: 'ciena', text: 'Cieņa', advice: 'Nenosodiet.', adviceWhen: ['daleji', 'neizdevas'] },
					{ id: 'optimisms', text: 'Optimisms', advice: 'Ticiet pārmaiņām.' },
				],
			},
		],
	};
	const labels: SummaryLabels = {
		yes: 'Jā',
		no: 'Nē',
		ticked: 'atzīmēts',
		notTicked: 'nav atzīmēts',
		unanswered: 'nav atbildes',
		note: 'Piezīmes',
		advice: 'Ko darīt',
		outcome: 'Secinājums',
	};

	test('adviceFor shows advice only for the listed answers, "yes" by default', () => {
		const item = scale.sections[0]!.items[0]!;
		expect(adviceFor(item, 'daleji')).toBe('Nenosodiet.');
		expect(adviceFor(item, 'neizdevas')).toBe('Nenosodiet.');
		expect(adviceFor(item, 'izdevas')).toBeUndefined();
		expect(adviceFor(item, undefined)).toBeUndefined();
		expect(adviceFor({ advice: 'A' }, 'yes')).toBe('A');
		expect(adviceFor({ advice: 'A' }, 'no')).toBeUndefined();
	});

	test('the summary and the copied text carry the advice of a "daļēji" answer', () => {
		const state = answer(scale, answer(scale, emptyState(), 'ciena', 'daleji'), 'optimisms', 'daleji');
		const s = summarize(scale, state, labels);
		expect(s[0]!.items.map((i) => i.advice)).toEqual(['Nenosodiet.', undefined]);
		expect(asText(scale, state, labels)).toBe(
			'Pašpārbaude\n\nAttieksme\n- Cieņa: Daļēji\n  Ko darīt: Nenosodiet.\n- Optimisms: Daļēji\n',
		);
	});

	test('the schema rejects adviceWhen values the section does not offer, and adviceWhen without advice', () => {
		const base = {
			type: 'checklist',
			title: 'T',
			summary: 'S',
			sources: [{ document: '003', lines: '6081–6101' }],
			answers: scale.answers,
		};
		const bad = checklistSchema.safeParse({
			...base,
			sections: [
				{
					id: 'a',
					title: 'A',
					items: [
						{ id: 'x', text: 'X', advice: 'Y', adviceWhen: ['yes'] },
						{ id: 'z', text: 'Z', adviceWhen: ['daleji'] },
					],
				},
			],
		});
		expect(bad.success).toBe(false);
		expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual([
			'sections.0.items.0.adviceWhen.0',
			'sections.0.items.1.adviceWhen',
		]);
		const good = checklistSchema.safeParse({
			...base,
			sections: [{ id: 'a', title: 'A', items: [{ id: 'x', text: 'X', advice: 'Y', adviceWhen: ['daleji'] }] }],
		});
		expect(good.success).toBe(true);
	});
});
