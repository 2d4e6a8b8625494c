import { describe, expect, test } from 'vitest';
import { validateScenario } from '../../../src/lib/scenario/validate.ts';
import type { Scenario } from '../../../src/lib/scenario/types.ts';
import { readFixture } from '../../helpers/fixtures.ts';

const fixture = (name: string) => readFixture(`scenarios/${name}.json`) as Scenario;

/** The issues for `tests/fixtures/scenarios/<name>.json`, one line each: "severity nodeId @ path: message". */
const issuesIn = (name: string) =>
	validateScenario(fixture(name)).map((i) => `${i.severity} ${i.nodeId} @ ${i.path.join('.')}: ${i.message}`);

describe('validateScenario', () => {
	test('valid fixture has no issues', () => {
		expect(issuesIn('valid')).toEqual([]);
	});

	test('names the choice, its node and the missing target when `next` points nowhere', () => {
		expect(issuesIn('choice-points-nowhere')).toMatchInlineSnapshot(`
			[
			  "error sakums @ nodes.sakums.choices.1.next: Izvēle "gaidu" mezglā "sakums" ved uz neesošu mezglu "n9". Pievienojiet mezglu vai izlabojiet \`next\`.",
			]
		`);
	});

	test('reports a `start` that names no node, and nothing else', () => {
		expect(issuesIn('missing-start')).toMatchInlineSnapshot(`
			[
			  "error ievads @ start: Sākuma mezgls "ievads" nav atrodams starp mezgliem. Izlabojiet \`start\` vai pievienojiet mezglu.",
			]
		`);
	});

	test('reports a node that cannot be reached from the start', () => {
		expect(issuesIn('unreachable-node')).toMatchInlineSnapshot(`
			[
			  "error aizmirsts @ nodes.aizmirsts: Mezgls "aizmirsts" nav sasniedzams no sākuma "sakums". Pievienojiet izvēli, kas ved uz to, vai izdzēsiet to.",
			]
		`);
	});

	test('reports a node with neither choices nor an ending', () => {
		expect(issuesIn('node-without-choices')).toMatchInlineSnapshot(`
			[
			  "error strupcels @ nodes.strupcels: Mezglam "strupcels" nav ne izvēļu, ne nobeiguma. Pievienojiet \`choices\` vai \`ending\`.",
			]
		`);
	});

	test('reports each node of a loop with no way out once', () => {
		expect(issuesIn('dead-end-loop')).toMatchInlineSnapshot(`
			[
			  "error a @ nodes.a: No mezgla "a" nevar nonākt līdz nevienam nobeigumam: ceļš iestrēgst cilpā. Pievienojiet izvēli, kas ved uz nobeigumu.",
			  "error b @ nodes.b: No mezgla "b" nevar nonākt līdz nevienam nobeigumam: ceļš iestrēgst cilpā. Pievienojiet izvēli, kas ved uz nobeigumu.",
			]
		`);
	});

	test('reports a choice id used twice in one node', () => {
		expect(issuesIn('duplicate-choice-id')).toMatchInlineSnapshot(`
			[
			  "error sakums @ nodes.sakums.choices.1.id: Mezglā "sakums" izvēles id "zvanu" atkārtojas. Katrai izvēlei mezglā vajag savu id.",
			]
		`);
	});

	test('reports an ending without a debrief', () => {
		expect(issuesIn('ending-without-debrief')).toMatchInlineSnapshot(`
			[
			  "error beigas @ nodes.beigas.ending.debrief: Nobeigumam "beigas" nav izvērtējuma (\`debrief\`). Uzrakstiet, ko šis ceļš rāda un kas jāņem līdzi.",
			]
		`);
	});

	test('reports a choice without feedback', () => {
		expect(issuesIn('choice-without-feedback')).toMatchInlineSnapshot(`
			[
			  "error sakums @ nodes.sakums.choices.0.feedback: Izvēlei "zvanu" mezglā "sakums" nav atgriezeniskās saites (\`feedback\`). Uzrakstiet sekas un kāpēc.",
			]
		`);
	});

	test('reports a choice without quality', () => {
		expect(issuesIn('choice-without-quality')).toMatchInlineSnapshot(`
			[
			  "error sakums @ nodes.sakums.choices.0.quality: Izvēlei "zvanu" mezglā "sakums" nav norādīta kvalitāte (\`quality\`: recommended, acceptable vai harmful).",
			]
		`);
	});

	test('reports an effect and a condition that name undeclared variables', () => {
		expect(issuesIn('unknown-variable')).toMatchInlineSnapshot(`
			[
			  "error sakums @ nodes.sakums.choices.0.effects.uzticba: Izvēles "zvanu" sekas mezglā "sakums" maina nedeklarētu mainīgo "uzticba". Pievienojiet to sadaļā \`variables\`.",
			  "error sakums @ nodes.sakums.choices.1.requires.var: Izvēles "runaju" nosacījums mezglā "sakums" izmanto nedeklarētu mainīgo "drosiba". Pievienojiet to sadaļā \`variables\`.",
			]
		`);
	});

	test('reports an ending that also has choices', () => {
		expect(issuesIn('ending-with-choices')).toMatchInlineSnapshot(`
			[
			  "error beigas @ nodes.beigas.choices: Mezglam "beigas" ir gan nobeigums, gan izvēles. Nobeigumā izvēles netiek rādītas — izdzēsiet \`choices\` vai \`ending\`.",
			]
		`);
	});

	test('reports every problem, not just the first', () => {
		expect(issuesIn('two-problems')).toMatchInlineSnapshot(`
			[
			  "error sakums @ nodes.sakums.choices.1.next: Izvēle "gaidu" mezglā "sakums" ved uz neesošu mezglu "n9". Pievienojiet mezglu vai izlabojiet \`next\`.",
			  "error beigas @ nodes.beigas.ending.debrief: Nobeigumam "beigas" nav izvērtējuma (\`debrief\`). Uzrakstiet, ko šis ceļš rāda un kas jāņem līdzi.",
			]
		`);
	});

	test('treats a whitespace-only debrief or feedback as missing', () => {
		const scenario = fixture('valid');
		const end = scenario.nodes['beigas-labi']!;
		const start = scenario.nodes.sakums!;
		const [first, second] = start.choices!;
		const broken: Scenario = {
			...scenario,
			nodes: {
				...scenario.nodes,
				'beigas-labi': { ...end, ending: { ...end.ending!, debrief: '  \n' } },
				sakums: { ...start, choices: [{ ...first!, feedback: ' ' }, second!] },
			},
		};
		expect(validateScenario(broken).map((i) => i.path.join('.'))).toEqual([
			'nodes.sakums.choices.0.feedback',
			'nodes.beigas-labi.ending.debrief',
		]);
	});
});
