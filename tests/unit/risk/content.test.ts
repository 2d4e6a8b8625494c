import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { riskSchema, type RiskData } from '../../../src/content/schemas/tool-risk.ts';
import { TEXT_KEYS } from '../../../src/lib/risk/index.ts';
import { schemaProblems } from '../../helpers/fixtures.ts';

const FILE = 'content/tools/pasnavibas-risks.yaml';
const raw = () => parse(readFileSync(join(import.meta.dirname, '..', '..', '..', FILE), 'utf8')) as RiskData;
const problems = (data: unknown) => {
	const r = riskSchema.safeParse(data);
	return r.success ? [] : r.error.issues.map((i) => `${FILE} → ${i.path.join('.')}: ${i.message}`);
};

describe('riskSchema', () => {
	test(
		'the real checklist is valid and has a text for every id assess can return',
		{ timeout: 60_000 },
		() => {
			expect(problems(raw())).toEqual([]);
			for (const key of TEXT_KEYS) expect(raw().texts[key], key).toBeTruthy();
		},
	);

	test('a missing text for an id assess can return fails, naming the file and the id', () => {
		expect(schemaProblems(riskSchema, 'content/risk-missing-text.yaml')).toMatchInlineSnapshot(`
			[
			  "content/risk-missing-text.yaml → texts.rule.H1: Trūkst teksta id "rule.H1": katram id, ko var atgriezt src/lib/risk (assess), un katrai lapas daļai vajag latvisku tekstu sadaļā "texts".",
			]
		`);
	});

	test('nothing may be kept: keep must be "none" and saveOnDevice false', () => {
		expect(problems({ ...raw(), keep: 'tab', saveOnDevice: true })).toMatchInlineSnapshot(`
			[
			  "content/tools/pasnavibas-risks.yaml → keep: Pašnāvības riska sarakstam „keep” jābūt "none": nekas netiek saglabāts.",
			  "content/tools/pasnavibas-risks.yaml → saveOnDevice: Pašnāvības riska sarakstam „saveOnDevice” jābūt false: saglabāšana ierīcē nav atļauta.",
			]
		`);
	});

	test('q2 may not exclude a method, intent or plan (§2.2 content test)', () => {
		const data = raw();
		const q2 = data.sections.find((s) => s.id === 'screening')!.items.find((i) => i.id === 'q2')!;
		q2.help = 'Domas bez plāna skaitās kā „Nē”.';
		expect(problems(data)).toMatchInlineSnapshot(`
			[
			  "content/tools/pasnavibas-risks.yaml → sections.1.items.1: Jautājums q2 nedrīkst neko izslēgt („bez plāna”): tas skaita jebkuras domas, arī ar veidu, nodomu vai plānu.",
			]
		`);
	});

	test('an unknown text id and an [@ext:] citation unknown to src/lib/cite fail', () => {
		const data = raw();
		data.texts['action.nav-tada'] = 'Teksts [@ext:nav-saraksta].';
		expect(problems(data)).toMatchInlineSnapshot(`
			[
			  "content/tools/pasnavibas-risks.yaml → texts.action.nav-tada: Nezināms teksta id "action.nav-tada": src/lib/risk tādu neatgriež. Izlabojiet vai izdzēsiet.",
			  "content/tools/pasnavibas-risks.yaml → texts.action.nav-tada: atsauce "[@ext:nav-saraksta]" norāda uz nezināmu ārējo avotu "ext:nav-saraksta". Pievienojiet to src/lib/cite/documents.ts.",
			]
		`);
	});
});

// RISK-CHECKLIST.md §9: what the Latvian text must never say. Exempt: the limits statement (it says
// the tool is not a diagnosis), the source list (it names C-SSRS), the quoted psychotherapy rule and
// the one sentence that no disclosure does not mean no risk.
describe('the Latvian text never says (§9)', () => {
	const data = raw();
	const EXEMPT = new Set([
		'intro.limits',
		'note.nav-ne-nav-riska',
		'action.psihoterapija',
		'action.psihoterapija-f1',
	]);
	const strings: [string, string][] = [
		...Object.entries(data.texts).filter(([k]) => !EXEMPT.has(k)),
		...data.sections.flatMap((s) =>
			s.items.flatMap(
				(i) =>
					[
						[`${s.id}.${i.id}`, i.text],
						[`${s.id}.${i.id}.help`, i.help ?? ''],
					] as [string, string][],
			),
		),
		...data.lines.map(
			(l) => [`line.${l.number}`, `${l.name} ${l.what} ${l.caveat ?? ''}`] as [string, string],
		),
		['title', data.title],
		['summary', data.summary],
	];
	const NEVER = [
		/nav riska/i,
		/\bdrošs\b/i,
		/risks izslēgts/i,
		/tikai vēlme nomirt/i,
		/prognoz/i,
		/diagnoz/i,
		/\d+\s*(%|punkt)/i,
		/C-SSRS/,
		/validēt/i,
		/vidēji augsts|ļoti augsts/i,
		/manipulācij|demonstratīv|uzmanības piesaistīšan|šantāž/i,
		/pašnāvniek|neizdevies mēģinājums|veiksmīgs mēģinājums/i,
		/taču nedomājat/i,
		/apsoliet/i,
		/starp mums/i,
		/kopš pēdējās tikšanās/i,
		/minūš|minūt/i,
	];
	// The handbook's group figures (10×, 3×, 70 %) stay in the factor list with their citation.
	const FACTOR_FIGURES = new Set(['risk-handbook.apcietinajums', 'risk-handbook.depresija']);
	test.each(NEVER.map((re) => [String(re), re] as const))('never %s', (_, re) => {
		const hits = strings.filter(([k, v]) => re.test(v) && !FACTOR_FIGURES.has(k)).map(([k]) => k);
		expect(hits).toEqual([]);
	});

	test('the only phone numbers are those of §4.5 (contacts.md)', () => {
		const allowed = ['112', '113', '116123', '67222922', '27722292', '116111', '116006'];
		const all = [...strings.map(([, v]) => v), ...Object.values(data.texts)]
			.join(' ')
			.replace(/\[@[^\]]*\]/g, '');
		const numbers = new Set(all.match(/\b\d{3,}\b/g)?.filter((n) => n.length === 3 || n.length >= 6) ?? []);
		for (const n of numbers) expect(allowed, n).toContain(n);
		expect(data.lines.map((l) => l.number)).toEqual(allowed);
	});

	test('in the prison setting no crisis line is offered whose reach from custody is unconfirmed', () => {
		expect(data.lines.filter((l) => l.settings.includes('iev')).map((l) => l.number)).toEqual(['112', '113']);
	});

	test('the time frames are the screener\'s "recent" ones', () => {
		const q = Object.fromEntries(
			data.sections.find((s) => s.id === 'screening')!.items.map((i) => [i.id, i]),
		);
		for (const id of ['q1', 'q2', 'q3', 'q4', 'q5']) {
			expect(q[id]!.timeframe).toBe('pēdējā mēneša laikā');
			expect(q[id]!.text).toContain('pēdējā mēneša laikā');
		}
		expect(q.q6!.timeframe).toBe('jebkad');
		expect(q.q6!.text).toContain('jebkad');
		for (const id of ['q6b', 'selfHarmRecent']) expect(q[id]!.text).toContain('pēdējo 3 mēnešu laikā');
	});

	test('the psychotherapy rule is quoted with the handbook line and the inclusive mapping', () => {
		for (const k of ['action.psihoterapija', 'action.psihoterapija-f1']) {
			expect(data.texts[k]).toContain('„vidēji augsts vai ļoti augsts”');
			expect(data.texts[k]).toContain('[@003 2.3.2., 6546–6548]');
		}
	});

	test('the top notes: supports, does not replace; adapted from Columbia and SAFE-T; table 7 missing; internal review', () => {
		expect(data.texts['intro.limits']).toMatch(/atbalsta Jūsu profesionālo spriedumu, bet to neaizstāj/);
		expect(data.texts['intro.origin']).toMatch(
			/veidoti pēc Kolumbijas skrīninga jautājumu secības un SAFE-T/,
		);
		expect(data.texts['intro.table7']).toMatch(/7\. tabula[\s\S]*nav\s+pieejama[\s\S]*neatveido/);
		expect(data.texts['intro.review']).toMatch(/iekšējs\s+pārskats/);
	});
});
