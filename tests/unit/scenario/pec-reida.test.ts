import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
	availableChoices,
	choose,
	currentNode,
	currentNodeId,
	isEnded,
	pathSummary,
	start,
} from '../../../src/lib/scenario/engine.ts';
import type { Scenario, ScenarioState } from '../../../src/lib/scenario/types.ts';

// The trafficking scenario after the expert review (issue 11, C1): at „Man jābrauc mājās”
// the recommended answer protects Marija instead of letting her leave with the „paziņa”.
const scenario = parse(readFileSync('content/scenarios/pec-reida.yaml', 'utf8')) as Scenario;
const directory = readFileSync('content/resources/patverums-drosa-maja.yaml', 'utf8');

/** Plays the recommended choice at every node until `stopAt` or an ending. */
function playRecommended(stopAt?: string): ScenarioState {
	let state = start(scenario, 'pec-reida');
	while (!isEnded(scenario, state) && currentNodeId(state) !== stopAt) {
		const rec = availableChoices(scenario, state).find((c) => c.quality === 'recommended');
		if (!rec) throw new Error(`no recommended choice at ${currentNodeId(state)}`);
		state = choose(scenario, state, rec.id);
	}
	return state;
}

describe('pec-reida, node atteikums (C1)', () => {
	const atRefusal = playRecommended('atteikums');
	const choices = availableChoices(scenario, atRefusal);
	const recommended = choices.filter((c) => c.quality === 'recommended');

	test('the recommended path reaches the refusal node', () => {
		expect(currentNodeId(atRefusal)).toBe('atteikums');
	});

	test('exactly one recommended answer, and it takes protective action', () => {
		expect(recommended).toHaveLength(1);
		const label = recommended[0]!.label;
		expect(label).toMatch(/ar „paziņu” viņai nav jābrauc/);
		expect(label).toMatch(/drošu ceļu/);
		expect(label).toMatch(/naktsmājas šovakar/);
		expect(label).toMatch(/kopā ar viņu un vadītāju ziņojam policijai par draudiem/);
	});

	test('the recommended label is not the longest option at the node', () => {
		const longest = Math.max(...choices.map((c) => c.label.length));
		expect(recommended[0]!.label.length).toBeLessThan(longest);
	});

	test('the old answer (summary, no protective step) is now only acceptable', () => {
		const old = choices.find((c) => c.id === 'cienu-izveli');
		expect(old?.quality).toBe('acceptable');
		expect(old?.feedback).toMatch(/neko nedarāt ar draudiem/);
	});

	test('the recommended feedback names the trafficking trust line from the directory', () => {
		const fb = recommended[0]!.feedback;
		expect(fb).toContain('„Drošā māja”');
		expect(fb).toContain('28612120');
		expect(directory).toContain("number: '28612120'");
	});

	test('no recommended or acceptable answer sends Marija off with the „paziņa”', () => {
		for (const c of choices.filter((x) => x.quality !== 'harmful')) expect(c.next).not.toBe('marija-aiziet');
	});
});

describe('pec-reida endings after C1', () => {
	test('playing every recommended choice ends well, and the debrief names the protective steps', () => {
		const end = playRecommended();
		const node = currentNode(scenario, end);
		expect(currentNodeId(end)).toBe('marija-drosiba');
		expect(node.ending?.outcome).toBe('good');
		expect(node.ending?.debrief).toMatch(/drošs ceļš, naktsmājas/);
		expect(pathSummary(scenario, end).every((s) => !s.choice || s.quality === 'recommended')).toBe(true);
	});

	test('the acceptable answer still leads on to the queue, not to an ending', () => {
		const state = choose(scenario, playRecommended('atteikums'), 'cienu-izveli');
		expect(currentNodeId(state)).toBe('rinda');
		expect(isEnded(scenario, state)).toBe(false);
	});

	test('the poor ending tells the worker what the protective answer was', () => {
		const state = choose(scenario, playRecommended('atteikums'), 'parliecinu');
		const node = currentNode(scenario, state);
		expect(currentNodeId(state)).toBe('marija-aiziet');
		expect(node.ending?.outcome).toBe('poor');
		expect(node.ending?.debrief).toMatch(/ar „paziņu” viņai nav jābrauc/);
		expect(node.ending?.debrief).toContain('28612120');
	});
});
