import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

const PAGE = '/riki/parmainu-stadijas/';
const LESSON = '/kursi/ieslodzijums/parmainu-stadijas-un-motivacija/';
type Card = { id: string; text: string; category: string; responses: { correct?: boolean }[] };
type Tool = { categories: { id: string; title: string }[]; cards: Card[] };
const tool = parse(
	readFileSync(join(import.meta.dirname, '..', '..', 'content', 'tools', 'parmainu-stadijas.yaml'), 'utf8'),
) as Tool;

/** Focus a control and press Enter: the keyboard alone, no mouse. */
async function press(page: Page, locator: Locator) {
	await locator.focus();
	await page.keyboard.press('Enter');
}

test('the practice is played to its summary by keyboard; the first result goes to progress', async ({
	page,
}) => {
	await page.goto(PAGE);
	const drill = page.locator('.drill');
	await expect(drill.locator('[data-category]').first()).toBeEnabled();
	const total = tool.cards.length;
	for (let n = 0; n < total; n++) {
		await expect(drill.locator('.drill-count')).toHaveText(`Klienta izteikums ${n + 1} no ${total}`);
		const statement = (await drill.locator('.drill-statement').innerText()).trim();
		const card = tool.cards.find((c) => c.text === statement);
		expect(card, statement).toBeTruthy();
		// The first card is deliberately sorted into the wrong stage, so the summary has a confusion.
		const stage = n === 0 ? tool.categories.find((c) => c.id !== card!.category)!.id : card!.category;
		await press(page, drill.locator(`[data-category="${stage}"]`));
		await expect(drill.getByText('Kura darbinieka atbilde šeit ir piemērotākā?')).toBeFocused();
		const best = card!.responses.findIndex((r) => r.correct);
		await expect(drill.locator('.drill-response')).toHaveCount(3);
		await press(page, drill.locator(`[data-response="${best}"]`));
		const feedback = drill.locator('.drill-feedback');
		await expect(feedback.getByRole('heading', { name: 'Atgriezeniskā saite' })).toBeFocused();
		await expect(feedback).toContainText(n === 0 ? 'Stadija: jūs izvēlējāties' : 'Stadija: pareizi,');
		await expect(feedback).toContainText('Atbilde: pareizi.');
		await press(page, feedback.locator('.drill-next'));
	}
	await expect(drill.getByRole('heading', { name: 'Kopsavilkums' })).toBeFocused();
	await expect(drill.locator('.drill-result')).toHaveText(
		`Pilnīgi pareizi (stadija un atbilde): ${total - 1} no ${total}.`,
	);
	const rows = drill.locator('.drill-confusion tbody tr');
	await expect(rows).toHaveCount(1);
	await expect(rows.locator('td').last()).toHaveText('1');

	const stored = await page.evaluate(() => localStorage.getItem('pc:progress:v2'));
	expect(JSON.parse(stored!).drills['parmainu-stadijas']).toMatchObject({ correct: total - 1, total });

	// A second round does not change the first result.
	await press(page, drill.getByRole('button', { name: 'Spēlēt vēlreiz' }));
	await expect(drill.locator('.drill-count')).toHaveText(`Klienta izteikums 1 no ${total}`);
	const again = await page.evaluate(() => localStorage.getItem('pc:progress:v2'));
	expect(JSON.parse(again!).drills['parmainu-stadijas'].correct).toBe(total - 1);

	// My progress lists the drill with its first result.
	await page.goto('/progress/');
	const drills = page.locator('h2:has-text("Vingrinājumi") + ul');
	await expect(drills.getByRole('listitem')).toHaveText([
		new RegExp(`— pirmajā mēģinājumā ${total - 1} no ${total} pareizi \\(\\d{2}\\.\\d{2}\\.\\d{4}\\.\\)$`),
	]);
});

test('focus is on the next step as soon as it appears, so a key pressed then is not lost', async ({
	page,
}) => {
	await page.goto(PAGE);
	const drill = page.locator('.drill');
	await expect(drill.locator('[data-category]').first()).toBeEnabled();
	// Choose a stage and look at the focus one task later, before the browser paints a frame.
	const focused = await drill
		.locator('[data-category]')
		.first()
		.evaluate(async (button) => {
			(button as HTMLButtonElement).click();
			await new Promise((r) => setTimeout(r, 0));
			return document.activeElement?.textContent;
		});
	expect(focused).toBe('Kura darbinieka atbilde šeit ir piemērotākā?');
});

test('the cycle: choosing a stage shows its four parts, and only that stage', async ({ page }) => {
	await page.goto(PAGE);
	const cycle = page.locator('svg.drill-cycle');
	await expect(cycle.locator('a')).toHaveCount(6);
	await press(page, cycle.getByRole('link', { name: '3. Plānošanas: Plānošanas stadija' }));
	await expect(page).toHaveURL(/#parmainu-stadijas-planosanas$/);
	const stage = page.locator('#parmainu-stadijas-planosanas');
	await expect(stage).toBeVisible();
	await expect(stage.getByRole('heading')).toHaveText('3. Plānošanas stadija');
	await expect(stage).toContainText('lēmumu pieņemšanas stadija');
	for (const part of ['Tipiski izteikumi', 'Raksturojums', 'Ko dara darbinieks', 'No kā izvairīties'])
		await expect(stage.locator('dt', { hasText: part })).toBeVisible();
	await expect(page.locator('#parmainu-stadijas-pirmsnodomu')).toBeHidden();
	// The chosen stage is filled in the cycle; the others are not.
	const fill = (name: string) =>
		cycle
			.getByRole('link', { name })
			.locator('circle')
			.evaluate((c) => getComputedStyle(c).fill);
	const chosen = await fill('3. Plānošanas: Plānošanas stadija');
	expect(chosen).not.toBe(await fill('1. Pirmsnodomu: Pirmsnodomu stadija'));
	await page.getByRole('link', { name: 'Rādīt visas stadijas' }).click();
	await expect(page.locator('#parmainu-stadijas-pirmsnodomu')).toBeVisible();
});

test('the lesson embeds the tool and fits 390 px', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(LESSON);
	await expect(page.locator('svg.drill-cycle')).toBeVisible();
	await page.locator('.drill').scrollIntoViewIfNeeded();
	await expect(page.locator('.drill [data-category]').first()).toBeEnabled();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('no axe violations: the cycle, a chosen stage and the feedback, at 390 and 1280 px', async ({
	page,
}) => {
	const axe = async () =>
		(
			await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.include('.drill-block')
				.analyze()
		).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	for (const width of [390, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('about:blank');
		await page.goto(`${PAGE}#parmainu-stadijas-nodomu`);
		await expect(page.locator('.drill [data-category]').first()).toBeEnabled();
		expect(await axe()).toEqual([]);
		await press(page, page.locator('.drill [data-category="nodomu"]'));
		await press(page, page.locator('.drill [data-response="1"]'));
		await expect(page.locator('.drill-feedback')).toBeVisible();
		expect(await axe()).toEqual([]);
	}
});
