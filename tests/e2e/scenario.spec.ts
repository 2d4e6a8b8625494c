import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test, type Page } from '@playwright/test';
import { availableChoices, choose, currentNode, isEnded, start } from '../../src/lib/scenario/engine.ts';
import type { Scenario, ScenarioState } from '../../src/lib/scenario/types.ts';
import { displayChoices } from '../../src/lib/scenario-views/display.ts';

const ids = readdirSync('content/scenarios')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => f.replace(/\.yaml$/, ''));
const load = (id: string) => parse(readFileSync(`content/scenarios/${id}.yaml`, 'utf8')) as Scenario;

/** One shortest playable path (choice ids) to every ending, found with the engine itself. */
function pathsToEndings(scenario: Scenario, id: string): Map<string, string[]> {
	const found = new Map<string, string[]>();
	const queue: { state: ScenarioState; choices: string[] }[] = [{ state: start(scenario, id), choices: [] }];
	const seen = new Set<string>();
	while (queue.length) {
		const { state, choices } = queue.shift()!;
		const node = state.path[state.path.length - 1]!.node;
		if (isEnded(scenario, state)) {
			if (!found.has(node)) found.set(node, choices);
			continue;
		}
		const key = `${node}|${JSON.stringify(state.path.map((p) => p.choice))}`;
		if (seen.has(key) || choices.length > 25) continue;
		seen.add(key);
		for (const c of availableChoices(scenario, state))
			queue.push({ state: choose(scenario, state, c.id), choices: [...choices, c.id] });
	}
	return found;
}

for (const id of ids) {
	const scenario = load(id);
	const url = `/scenariji/${id}/`;
	const label = (nodeId: string, choiceId: string) =>
		scenario.nodes[nodeId]!.choices!.find((c) => c.id === choiceId)!.label;

	test.describe(`scenario ${id}`, () => {
		for (const [ending, choices] of pathsToEndings(scenario, id)) {
			test(`plays to the ending "${ending}" and shows the debrief`, async ({ page }) => {
				await page.goto(url);
				await play(page, scenario, choices);
				await expect(heading(page)).toHaveText(scenario.nodes[ending]!.title);
				const debrief = page.locator('.debrief');
				await expect(debrief.getByRole('heading', { name: 'Jūsu ceļš' })).toBeVisible();
				await expect(debrief.locator('.debrief-path > li')).toHaveCount(choices.length);
			});
		}

		test('going back undoes the last choice', async ({ page }) => {
			await page.goto(url);
			const first = scenario.nodes[scenario.start]!.choices![0]!;
			await page.getByRole('button', { name: first.label, exact: true }).click();
			await expect(page.locator('.scenario-feedback')).toContainText(first.feedback!);
			await page.getByRole('button', { name: /Atsaukt pēdējo izvēli/ }).click();
			await expect(heading(page)).toContainText(scenario.nodes[scenario.start]!.title);
			await expect(heading(page)).toBeFocused();
			await expect(page.locator('.scenario-feedback')).toHaveCount(0);
		});

		test('a reload resumes where the learner stopped, and restart clears it', async ({ page }) => {
			await page.goto(url);
			const s0 = start(scenario, id);
			const c0 = availableChoices(scenario, s0)[0]!;
			const s1 = choose(scenario, s0, c0.id);
			await page.getByRole('button', { name: c0.label, exact: true }).click();
			await expect(heading(page)).toContainText(currentNode(scenario, s1).title);
			await page.reload();
			await expect(page.getByText(/Turpināts no vietas/)).toBeVisible();
			await expect(heading(page)).toContainText(currentNode(scenario, s1).title);
			await page.getByRole('button', { name: 'Sākt no jauna' }).click();
			await expect(heading(page)).toContainText(scenario.nodes[scenario.start]!.title);
			expect(await page.evaluate((k) => localStorage.getItem(k), `pc:scenario:${id}:v1`)).toBeNull();
		});

		test('the finished path prints without the controls', async ({ page }) => {
			const [, choices] = [...pathsToEndings(scenario, id)][0]!;
			await page.goto(url);
			await play(page, scenario, choices);
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('.debrief-path')).toBeVisible();
			await expect(page.getByRole('button', { name: 'Drukāt ceļu' })).toBeHidden();
			await expect(page.locator('.site-header')).toBeHidden();
			expect((await page.pdf({ format: 'A4' })).byteLength).toBeGreaterThan(1000);
		});

		test('facilitator mode works by keyboard: tally, reveal, next', async ({ page }) => {
			await page.goto(`/scenariji/${id}/vaditajam/`);
			const startNode = scenario.nodes[scenario.start]!;
			// Options as every view letters them (the start node has no conditional option).
			const [, optB] = displayChoices(scenario, id, scenario.start, start(scenario, id));
			await expect(page.locator('.facilitator h2')).toHaveText(startNode.title);
			await expect(page.locator('.reveal')).toHaveCount(0);
			// The shortcuts belong to the island: wait until it has hydrated (its buttons are enabled).
			await expect(page.getByRole('button', { name: 'Atklāt sekas' })).toBeEnabled();
			await page.locator('h1').click();
			await page.keyboard.press('2');
			await page.keyboard.press('2');
			await page.keyboard.press('1');
			await page.keyboard.press('Shift+Digit1');
			await page.keyboard.press('2');
			const counts = page.locator('.tally__count');
			await expect(counts.nth(0)).toHaveText('Balsis: 0');
			await expect(counts.nth(1)).toHaveText('Balsis: 3');
			await page.keyboard.press('r');
			await expect(page.locator('.reveal').nth(1)).toContainText(optB!.choice.feedback!);
			const download = page.waitForEvent('download');
			await page.getByRole('button', { name: 'Lejupielādēt sesijas pierakstu' }).click();
			const record = readFileSync((await (await download).path())!, 'utf8');
			expect(record).toContain(`B. ${optB!.choice.label}`);
			expect(record).toContain('Balsis: 3');
			await page.locator('h1').click();
			await page.keyboard.press('n');
			const next = optB!.choice.next;
			await expect(page.locator('.facilitator h2')).toHaveText(scenario.nodes[next]!.title);
			await expect(page.locator('.facilitator h2')).toBeFocused();
			await expect(page.locator('.scenario-map [data-current="true"]')).toHaveAttribute('data-node', next);
			await expect(counts.first()).toHaveText('Balsis: 0');
			// An accidental reload keeps the group's place (this tab only).
			await page.reload();
			await expect(page.locator('.facilitator h2')).toHaveText(scenario.nodes[next]!.title);
			await page.locator('h1').click();
			await page.keyboard.press('b');
			await expect(page.locator('.facilitator h2')).toHaveText(startNode.title);
			// K opens the map large, with the group's place marked; Escape closes it.
			await page.keyboard.press('k');
			const bigMap = page.getByRole('dialog', { name: `Scenārija karte: ${startNode.title}` });
			await expect(bigMap).toBeVisible();
			await expect(bigMap.locator('[data-current="true"]')).toHaveAttribute('data-node', scenario.start);
			await page.keyboard.press('Escape');
			await expect(bigMap).toBeHidden();
			await page.getByRole('button', { name: 'Palielināt karti' }).click();
			await expect(bigMap).toBeVisible();
			await bigMap.getByRole('button', { name: 'Aizvērt karti' }).click();
			await expect(bigMap).toBeHidden();
		});

		test('the projector window follows the facilitator: tally and reveal, without notes or controls', async ({
			page,
			context,
		}) => {
			const startNode = scenario.nodes[scenario.start]!;
			const optA = displayChoices(scenario, id, scenario.start)[0]!.choice;
			await page.goto(`/scenariji/${id}/vaditajam/`);
			await expect(page.getByRole('button', { name: 'Atklāt sekas' })).toBeEnabled();
			const projector = await context.newPage();
			await projector.goto(`/scenariji/${id}/projektors/`);
			await expect(projector.locator('.projector-view h2')).toHaveText(startNode.title);
			await page.getByRole('button', { name: 'Pievienot balsi variantam A' }).click();
			await page.getByRole('button', { name: 'Pievienot balsi variantam A' }).click();
			await expect(projector.locator('.tally__count').first()).toHaveText('Balsis: 2');
			await expect(projector.getByText(optA.feedback!)).toHaveCount(0);
			await page.getByRole('button', { name: 'Atklāt sekas' }).click();
			await expect(projector.getByText(optA.feedback!)).toBeVisible();
			await expect(projector.getByRole('button')).toHaveCount(0);
			await expect(projector.getByText('Vadītāja piezīmes')).toHaveCount(0);
			await page.getByRole('button', { name: 'Turpināt ar A' }).click();
			await expect(projector.locator('.projector-view h2')).toHaveText(scenario.nodes[optA.next]!.title);
		});

		test('the handout lists every decision point with its options and no feedback', async ({ page }) => {
			await page.goto(`/scenariji/${id}/izdale/`);
			const decisions = Object.values(scenario.nodes).filter((n) => !n.ending);
			await expect(page.locator('.handout-point')).toHaveCount(decisions.length);
			const text = await page.locator('.handout').textContent();
			for (const n of decisions) for (const c of n.choices!) expect(text).not.toContain(c.feedback!);
		});

		test('the answer key gives every option its judgement, feedback and destination, numbered as on the handout', async ({
			page,
		}) => {
			await page.goto(`/scenariji/${id}/izdale/`);
			const handoutTitles = await page.locator('.handout-point h3').allTextContents();
			await page.goto(`/scenariji/${id}/atbildes/`);
			await expect(page.locator('.key-point h3')).toHaveText(handoutTitles.map((h) => h.trim()));
			const quality = {
				recommended: 'Ieteicama rīcība',
				acceptable: 'Pieņemama, bet ne labākā',
				harmful: 'Kaitīga rīcība',
			};
			const startNode = scenario.nodes[scenario.start]!;
			const first = page.locator('.key-point').first().locator('.key-options > li');
			await expect(first).toHaveCount(startNode.choices!.length);
			for (const [i, { choice: c, letter }] of displayChoices(scenario, id, scenario.start).entries()) {
				await expect(first.nth(i).locator('.option-letter')).toHaveText(`${letter}.`);
				await expect(first.nth(i)).toContainText(c.label);
				await expect(first.nth(i)).toContainText(quality[c.quality]);
				await expect(first.nth(i)).toContainText(c.feedback);
				await expect(first.nth(i)).toContainText(scenario.nodes[c.next]!.title);
			}
			const endings = Object.values(scenario.nodes).filter((n) => n.ending);
			await expect(page.locator('.key-ending')).toHaveCount(endings.length);
			await page.emulateMedia({ media: 'print' });
			await expect(page.getByRole('button', { name: 'Drukāt atbilžu lapu' })).toBeHidden();
		});
	});
}

test('the facilitator times the discussion at each decision point (T starts and pauses; moving on resets it)', async ({
	page,
}) => {
	const id = ids[0]!;
	const scenario = load(id);
	await page.clock.install({ time: new Date('2026-11-22T10:00:00') });
	await page.goto(`/scenariji/${id}/vaditajam/`);
	await expect(page.getByRole('button', { name: 'Sākt laiku' })).toBeEnabled();
	await page.clock.pauseAt(new Date('2026-11-22T10:05:00'));
	const time = page.getByRole('timer');
	await expect(time).toHaveText('0:00');
	await page.locator('h1').click();
	await page.keyboard.press('t');
	// The display ticks once a second from when it starts; half a second more lands mid-second.
	await page.clock.runFor(65_500);
	await expect(time).toHaveText('1:05');
	await page.getByRole('button', { name: 'Apturēt laiku' }).click();
	await page.clock.runFor(30_000);
	await expect(time).toHaveText('1:05');
	await page.getByRole('button', { name: 'Sākt laiku' }).click();
	await page.clock.runFor(5_500);
	await expect(time).toHaveText('1:10');
	// Let time (and Preact's scheduled renders) run again before moving on.
	await page.clock.resume();
	await page.getByRole('button', { name: 'Atklāt sekas' }).click();
	await page.getByRole('button', { name: 'Turpināt ar A' }).click();
	const next = scenario.nodes[displayChoices(scenario, id, scenario.start)[0]!.choice.next]!;
	await expect(page.locator('.facilitator h2')).toHaveText(next.title);
	await expect(time).toHaveText('0:00');
	await expect(page.getByRole('button', { name: 'Sākt laiku' })).toBeVisible();
});

test('the scenario list filters by length', async ({ page }) => {
	await page.goto('/scenariji/');
	const all = await page.locator('.card-list > li').count();
	expect(all).toBe(ids.length);
	await page.getByLabel('Ilgums').selectOption('long');
	const long = ids.filter((id) => load(id).minutes > 30).length;
	await expect(page.locator('.card-list > li')).toHaveCount(long);
	await expect(page.getByRole('status')).toHaveText(`Rādīti ${long} no ${all}`);
});

const heading = (page: Page) => page.locator('.scenario-heading');

async function play(page: Page, scenario: Scenario, choices: string[]) {
	let state = start(scenario, 'x');
	for (const c of choices) {
		const node = state.path[state.path.length - 1]!.node;
		const label = scenario.nodes[node]!.choices!.find((x) => x.id === c)!.label;
		await page.getByRole('button', { name: label, exact: true }).click();
		state = choose(scenario, state, c);
		await expect(heading(page)).toContainText(currentNode(scenario, state).title);
	}
}
