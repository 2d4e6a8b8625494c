import { describe, expect, test } from 'vitest';
import { lessonSchema } from '../../../src/content/schemas/lesson.ts';
import { flowSchema } from '../../../src/content/schemas/algorithm.ts';
import { resourceSchema } from '../../../src/content/schemas/resource.ts';
import { scenarioSchema } from '../../../src/content/schemas/scenario.ts';
import { assertUniqueIds } from '../../../src/lib/content/unique.ts';
import { readFixture, schemaProblems } from '../../helpers/fixtures.ts';

describe('lessonSchema', () => {
	test('a lesson without a source fails and says how to fix it', () => {
		expect(schemaProblems(lessonSchema, 'content/lesson-without-source.mdx')).toMatchInlineSnapshot(`
			[
			  "content/lesson-without-source.mdx → sources: Nodarbībai nav norādīts avots: pievienojiet "sources" ar vismaz vienu { document, section, lines }.",
			]
		`);
	});
	test('a repeated question id fails, naming the file, the question and the field', () => {
		expect(schemaProblems(lessonSchema, 'content/lesson-duplicate-question-id.mdx')).toMatchInlineSnapshot(`
			[
			  "content/lesson-duplicate-question-id.mdx → check.2.id: Jautājuma id "termins" atkārtojas (arī check.0.id). Katram jautājumam nodarbībā vajag savu id.",
			]
		`);
	});
	test('a question without an id, or with an id that is not an ASCII slug, fails', () => {
		expect(schemaProblems(lessonSchema, 'content/lesson-question-without-id.mdx')).toMatchInlineSnapshot(`
			[
			  "content/lesson-question-without-id.mdx → check.1.id: Jautājumam vajag stabilu id (īss ASCII slugs, piem., "zvana-termins"), unikālu nodarbībā.",
			  "content/lesson-question-without-id.mdx → check.2.id: Jautājuma id: mazie latīņu burti (bez garumzīmēm), cipari un defises, piem., "zvana-termins".",
			]
		`);
	});
	test('a question with two correct answers fails, naming the question', () => {
		expect(schemaProblems(lessonSchema, 'content/lesson-two-correct-answers.mdx')).toMatchInlineSnapshot(`
			[
			  "content/lesson-two-correct-answers.mdx → check.0.options: Jautājumam "Kurš ir pareizs?" jābūt tieši vienai pareizai atbildei (correct: true); atrastas 2.",
			]
		`);
	});
});

describe('flowSchema', () => {
	test('an edge to a missing node fails, naming the edge and the node', () => {
		expect(schemaProblems(flowSchema, 'content/algorithm-edge-to-missing-node.yaml')).toMatchInlineSnapshot(`
			[
			  "content/algorithm-edge-to-missing-node.yaml → edges.1.to: Bulta A1 → A9 norāda uz neesošu mezglu "A9". Pievienojiet mezglu vai izlabojiet "to".",
			]
		`);
	});
	test('an unreachable node fails, naming the node', () => {
		expect(schemaProblems(flowSchema, 'content/algorithm-unreachable-node.yaml')).toMatchInlineSnapshot(`
			[
			  "content/algorithm-unreachable-node.yaml → nodes.2: Mezgls "A7" nav sasniedzams no sākuma "A1". Pievienojiet bultu uz to vai izdzēsiet to.",
			]
		`);
	});
	test('a duplicate node id fails', () => {
		expect(schemaProblems(flowSchema, 'content/algorithm-duplicate-node-id.yaml')).toMatchInlineSnapshot(`
			[
			  "content/algorithm-duplicate-node-id.yaml → nodes.2.id: Mezgla id "A2" atkārtojas. Katram solim vajag savu id.",
			]
		`);
	});
});

describe('resourceSchema', () => {
	test('a malformed phone number fails, quoting the value', () => {
		expect(schemaProblems(resourceSchema, 'content/resource-bad-phone.yaml')).toMatchInlineSnapshot(`
			[
			  "content/resource-bad-phone.yaml → phones.0.number: Tālruņa numurs "6702155" nav derīgs: gaidīts 110, 112, 113, 116xxx, 8000 xxxx vai Latvijas 8 ciparu numurs (piem., "67021558"), pēc izvēles ar +371.",
			]
		`);
	});
	test('111 and a free-phone number other than 8000 xxxx fail (the narrowed rule)', () => {
		expect(schemaProblems(resourceSchema, 'content/resource-bad-phone-111.yaml')).toMatchInlineSnapshot(`
			[
			  "content/resource-bad-phone-111.yaml → phones.0.number: Tālruņa numurs "111" nav derīgs: gaidīts 110, 112, 113, 116xxx, 8000 xxxx vai Latvijas 8 ciparu numurs (piem., "67021558"), pēc izvēles ar +371.",
			  "content/resource-bad-phone-111.yaml → phones.1.number: Tālruņa numurs "80012345" nav derīgs: gaidīts 110, 112, 113, 116xxx, 8000 xxxx vai Latvijas 8 ciparu numurs (piem., "67021558"), pēc izvēles ar +371.",
			]
		`);
	});
	test('a URL without a scheme fails, quoting the value', () => {
		expect(schemaProblems(resourceSchema, 'content/resource-bad-url.yaml')).toMatchInlineSnapshot(`
			[
			  "content/resource-bad-url.yaml → url: Adrese "www.lm.gov.lv" nav derīga: jābūt pilnai http(s) adresei.",
			]
		`);
	});
	test('a region off the fixed list and a malformed citation fail', () => {
		expect(schemaProblems(resourceSchema, 'content/resource-bad-region-citation.yaml')).toMatchInlineSnapshot(`
			[
			  "content/resource-bad-region-citation.yaml → region: Jābūt vienam no: visa-latvija, rigas-regions, vidzemes-regions, kurzemes-regions, zemgales-regions, latgales-regions, riga, daugavpils, jelgava, jekabpils, jurmala, liepaja, ogre, rezekne, valmiera, ventspils.",
			  "content/resource-bad-region-citation.yaml → source: Avots: atsauce "[@003 lines 13501]": dokumentā 003 nav sadaļas "lines 13501".",
			]
		`);
	});
	test('a handbook-only entry with a check date fails: the date would be made up', () => {
		expect(schemaProblems(resourceSchema, 'content/resource-made-up-date.yaml')).toMatchInlineSnapshot(`
			[
			  "content/resource-made-up-date.yaml → lastVerified: lastVerified drīkst norādīt tikai tad, ja cilvēks pārbaudījis publisku lapu ([@ext:…] avotā); rokasgrāmatas ierakstam datumu neizdomājiet.",
			]
		`);
	});
});

describe('assertUniqueIds', () => {
	test('a duplicate glossary id fails, naming the file and both entries', () => {
		const entries = readFixture('content/glossary-duplicate-id.yaml') as { id: string }[];
		expect(() => assertUniqueIds(entries, 'content/glossary/terms.yaml')).toThrowErrorMatchingInlineSnapshot(`[Error: content/glossary/terms.yaml → 1.id: id "papv" atkārtojas (arī ierakstā 0). Katram ierakstam vajag savu id.]`);
	});
	test('a duplicate id across two glossary files names both files and entries', () => {
		const entries = [{ id: 'rvn' }, { id: 'ievp' }, { id: 'rvn' }];
		const where = ['content/glossary/003-ch1.yaml → 0', 'content/glossary/003-ch1.yaml → 1', 'content/glossary/003-ch2.yaml → 0'];
		expect(() => assertUniqueIds(entries, 'content/glossary/', where)).toThrow(
			'content/glossary/003-ch2.yaml → 0.id: id "rvn" atkārtojas (arī content/glossary/003-ch1.yaml → 0).',
		);
	});
});

describe('scenarioSchema', () => {
	// The schema runs validateScenario, so a broken scenario file stops the build with the node named.
	test('a dangling choice, an unreachable node and a loop without exit fail the schema, naming the node', () => {
		expect([
			...schemaProblems(scenarioSchema, 'scenarios/choice-points-nowhere.json'),
			...schemaProblems(scenarioSchema, 'scenarios/unreachable-node.json'),
			...schemaProblems(scenarioSchema, 'scenarios/dead-end-loop.json'),
		]).toMatchInlineSnapshot(`
			[
			  "scenarios/choice-points-nowhere.json → nodes.sakums.choices.1.next: Izvēle "gaidu" mezglā "sakums" ved uz neesošu mezglu "n9". Pievienojiet mezglu vai izlabojiet \`next\`.",
			  "scenarios/unreachable-node.json → nodes.aizmirsts: Mezgls "aizmirsts" nav sasniedzams no sākuma "sakums". Pievienojiet izvēli, kas ved uz to, vai izdzēsiet to.",
			  "scenarios/dead-end-loop.json → nodes.a: No mezgla "a" nevar nonākt līdz nevienam nobeigumam: ceļš iestrēgst cilpā. Pievienojiet izvēli, kas ved uz nobeigumu.",
			  "scenarios/dead-end-loop.json → nodes.b: No mezgla "b" nevar nonākt līdz nevienam nobeigumam: ceļš iestrēgst cilpā. Pievienojiet izvēli, kas ved uz nobeigumu.",
			]
		`);
	});
	test('the valid fixture passes the schema', () => {
		expect(schemaProblems(scenarioSchema, 'scenarios/valid.json')).toEqual([]);
	});
});
