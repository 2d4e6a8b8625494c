import { z } from 'astro/zod';
import { citedText, phoneNumber, slug, sourceRef, webSourceRef } from './common.ts';
import { citationProblems } from '../../lib/cite/validate.ts';
import {
	ACUTE_IDS,
	FLAGS_BY_SETTING,
	GRIEF_FACTOR,
	QUESTION_IDS,
	SETTINGS,
	TEXT_KEYS,
	UNKNOWN_REASONS,
} from '../../lib/risk/types.ts';

/**
 * The suicide-risk conversation checklist (`type: risk`, content/tools/<id>.yaml; spec:
 * ../shared/design/RISK-CHECKLIST.md). The rule lives in src/lib/risk; this content holds the
 * Latvian text for every id it can return. Nothing is ever kept: `keep` and `saveOnDevice` are pinned.
 */

/** Texts the page itself needs besides the ids `assess` returns (top notes, panel, labels). */
export const RISK_PAGE_TEXT_KEYS = [
	'intro.limits',
	'intro.origin',
	'intro.table7',
	'intro.review',
	'intro.dangerFirst',
	'intro.privacy',
	'before.private',
	'before.confidentiality',
	'before.direct',
	'before.cognitive',
	'before.interpreter',
	'before.intoxication',
	'danger.label',
	'danger.help',
	'concern.label',
	'concern.help',
	'followUp.label',
	'crisisFlat.label',
	'factors.note',
	'factors.protectiveNote',
	'panel.when',
	'panel.iev',
	'panel.pasvaldiba',
] as const;

/** Item ids follow the engine's ids (camelCase for the spec's acute factors and questions). */
const itemId = z
	.string()
	.regex(/^[a-zA-Z0-9]+(?:-[a-zA-Z0-9]+)*$/, 'Id drīkst saturēt tikai latīņu burtus, ciparus un defises.');
const text = z.string().trim().min(1);

const item = z.object({
	id: itemId,
	text,
	help: text.optional(),
	/** Screening questions: the short label printed in the summary, and the time frame. */
	short: text.optional(),
	timeframe: text.optional(),
	/** Context flags: the setting whose flag this is. */
	setting: z.enum(SETTINGS).optional(),
});
const section = z.object({
	id: slug,
	title: text,
	answers: z.array(z.object({ value: z.string().min(1), label: text })).min(2).optional(),
	items: z.array(item).min(1),
});

const riskFields = z.object({
	type: z.literal('risk'),
	rule: z.literal('suicide'),
	title: text,
	summary: text,
	sources: z.array(sourceRef).min(1),
	keywords: z.array(z.string()).default([]),
	caveats: z.array(text).default([]),
	lessons: z.array(z.string()).default([]),
	minutes: z.number().int().positive().optional(),
	clientFacing: z.boolean().default(false),
	/** Nothing a user enters is kept: not in this tab, not on the device (RISK-CHECKLIST.md §6.1). */
	keep: z.literal('none', { message: 'Pašnāvības riska sarakstam „keep” jābūt "none": nekas netiek saglabāts.' }),
	saveOnDevice: z.literal(false, {
		message: 'Pašnāvības riska sarakstam „saveOnDevice” jābūt false: saglabāšana ierīcē nav atļauta.',
	}),
	sections: z.array(section).min(1),
	/** Emergency and crisis numbers (only from the sources or ../shared/design/contacts.md). */
	lines: z
		.array(
			z.object({
				number: phoneNumber,
				name: text,
				what: text,
				caveat: text.optional(),
				settings: z.array(z.enum(SETTINGS)).min(1),
				source: webSourceRef,
			}),
		)
		.min(1),
	/**
	 * Sources the page rests on besides those cited inline, as citations ('[@003 2.3.2., 6460–6656]',
	 * '[@ext:<id>]'); the page's source list (SourceList) joins them with every citation in the texts.
	 */
	references: z.array(citedText).min(1),
	/** rule/action/note/level id (and page key) → Latvian text. */
	texts: z.record(z.string(), text),
});

export type RiskData = z.infer<typeof riskFields>;

/** Words that would make a method, intent or plan a reason to answer Nē at q2 (§2.2). */
const Q2_EXCLUSIONS = /bez metodes|bez nodoma|bez plāna|nekonkrēt|tikai vispārīg/i;

/** Every id `assess` can return has a text; the sections hold every question, flag and factor. */
export function checkRiskContent(data: RiskData, ctx: z.RefinementCtx): void {
	const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

	const needed = [...TEXT_KEYS, ...RISK_PAGE_TEXT_KEYS];
	for (const key of needed)
		if (!(key in data.texts))
			issue(
				['texts', key],
				`Trūkst teksta id "${key}": katram id, ko var atgriezt src/lib/risk (assess), un katrai lapas daļai vajag latvisku tekstu sadaļā "texts".`,
			);
	for (const key of Object.keys(data.texts))
		if (!needed.includes(key))
			issue(['texts', key], `Nezināms teksta id "${key}": src/lib/risk tādu neatgriež. Izlabojiet vai izdzēsiet.`);

	const sectionIndex = (id: string) => data.sections.findIndex((s) => s.id === id);
	const requireItems = (sectionId: string, ids: readonly string[]) => {
		const i = sectionIndex(sectionId);
		if (i < 0) return issue(['sections'], `Trūkst sadaļas "${sectionId}" (vajag: ${ids.join(', ')}).`);
		const have = data.sections[i]!.items.map((it) => it.id);
		for (const id of ids)
			if (!have.includes(id)) issue(['sections', i, 'items'], `Sadaļā "${sectionId}" trūkst id "${id}".`);
	};
	requireItems('setting', SETTINGS);
	requireItems('screening', QUESTION_IDS);
	requireItems('unknown-reasons', UNKNOWN_REASONS);
	requireItems('flags', [...FLAGS_BY_SETTING.iev, ...FLAGS_BY_SETTING.pasvaldiba]);
	requireItems('acute', ACUTE_IDS);
	const allItems = data.sections.flatMap((s) => s.items.map((it) => it.id));
	for (const id of ['selfHarm', GRIEF_FACTOR])
		if (!allItems.includes(id)) issue(['sections'], `Riska faktoros trūkst id "${id}".`);

	const flags = sectionIndex('flags');
	if (flags >= 0)
		data.sections[flags]!.items.forEach((it, j) => {
			const want = SETTINGS.find((s) => (FLAGS_BY_SETTING[s] as readonly string[]).includes(it.id));
			if (it.setting !== want)
				issue(['sections', flags, 'items', j, 'setting'], `Apstāklim "${it.id}" jābūt "setting: ${want}".`);
		});

	const screening = sectionIndex('screening');
	if (screening >= 0)
		data.sections[screening]!.items.forEach((it, j) => {
			if (!it.short || !it.timeframe)
				issue(['sections', screening, 'items', j], `Jautājumam "${it.id}" vajag "short" un "timeframe".`);
			const words = `${it.text} ${it.help ?? ''}`;
			if (it.id === 'q2' && Q2_EXCLUSIONS.test(words))
				issue(
					['sections', screening, 'items', j],
					`Jautājums q2 nedrīkst neko izslēgt („${Q2_EXCLUSIONS.exec(words)![0]}”): tas skaita jebkuras domas, arī ar veidu, nodomu vai plānu.`,
				);
			if (it.id === 'q3' && /bez nodoma/i.test(words))
				issue(['sections', screening, 'items', j], 'Jautājums q3 nedrīkst prasīt „bez nodoma”.');
		});

	// Citations: src/lib/cite checks the syntax, the documents, their lines and the external sources.
	const check = (value: string, path: (string | number)[]) => {
		for (const message of citationProblems(value)) issue(path, message);
	};
	for (const [key, value] of Object.entries(data.texts)) check(value, ['texts', key]);
	data.sections.forEach((s, i) =>
		s.items.forEach((it, j) => {
			check(it.text, ['sections', i, 'items', j, 'text']);
			if (it.help) check(it.help, ['sections', i, 'items', j, 'help']);
		}),
	);
}

export const riskSchema = riskFields.superRefine(checkRiskContent);
