import type { Condition } from '../scenario/types.ts';

const OPS: Record<Condition['op'], string> = {
	'<': '<',
	'<=': '≤',
	'==': '=',
	'!=': '≠',
	'>=': '≥',
	'>': '>',
};

/** A choice's condition as trainers read it, e.g. "uzticiba ≥ 3". */
export function formatCondition(c: Condition): string {
	return `${c.var} ${OPS[c.op]} ${c.value}`;
}
