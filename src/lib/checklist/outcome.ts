import type { ChecklistDef, ChecklistState } from './model.ts';

/**
 * The first outcome whose `when` matches the answers, or null. `all`: every listed answer is
 * given; `any`: at least one is; an outcome with both needs both.
 */
export function outcomeOf(
	def: Pick<ChecklistDef, 'outcomes'>,
	state: ChecklistState,
): NonNullable<ChecklistDef['outcomes']>[number] | null {
	const has = (r: { item: string; is: string }) => state.answers[r.item] === r.is;
	return (
		def.outcomes?.find(({ when }) => {
			if (!when.all?.length && !when.any?.length) return false;
			return (when.all ?? []).every(has) && (!when.any?.length || when.any.some(has));
		}) ?? null
	);
}
