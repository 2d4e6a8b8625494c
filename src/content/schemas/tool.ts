import { z } from 'astro/zod';
import { slug } from './common.ts';
import { checkChecklist, checklistFields, toolBase } from './tool-base.ts';
import type { ChecklistDef } from '../../lib/checklist/model.ts';
import { riskSchema } from './tool-risk.ts';
import { drillSchema } from './tool-drill.ts';

/**
 * A tick-list, self-check or printable card (ARCHITECTURE-NEXT §2–§3): sections of items,
 * answered by tick, yes/no or a small scale, with optional notes and outcomes.
 */
export const checklistSchema = checklistFields.extend({ type: z.literal('checklist') }).superRefine(checkChecklist);

/**
 * A tool whose page is still hand-built (the algorithm, the safety plan, the working-day
 * calculator): listed on /riki/, linked from lessons and indexed for search from here.
 */
export const pageToolSchema = toolBase.extend({
	type: z.literal('page'),
	/** The hand-built page. */
	url: z.string().regex(/^\/riki\/[a-z0-9/-]+\/$/, 'Rīka lapas adresei jābūt formā "/riki/…/".'),
	/** The algorithm or process (content/algorithms/<id>.yaml) whose steps search indexes. */
	algorithm: slug.optional(),
	/** Further searchable text (e.g. the parts of the safety plan). */
	text: z.array(z.string().min(1)).default([]),
});

/**
 * Every tool in `content/tools/<id>.yaml`, discriminated on `type`.
 * A new type is one line here and one line in `components/tools/Tool.astro`.
 */
export const toolSchema = z.discriminatedUnion('type', [
	checklistSchema,
	pageToolSchema,
	riskSchema,
	drillSchema,
]);

export type ToolData = z.output<typeof toolSchema>;
export type ChecklistTool = z.output<typeof checklistSchema>;

// The engine reads a narrow input; `tsc` (npm run check:types) fails here if the schema's
// output stops fitting it, so pages pass entries without `as unknown as`.
export const checklistInput = (d: ChecklistTool): ChecklistDef & { title: string } => d;
/** Tools rendered by `<Tool>` (every type but `page`). The risk type pins keep: none (tool-risk.ts). */
export const isRendered = (d: ToolData): d is Exclude<ToolData, { type: 'page' }> => d.type !== 'page';
