import type { IntegrityIssue } from './integrity.ts';
import { orderCourseChecks } from '../shuffle/checks.ts';
import { displayChoices } from '../scenario-views/display.ts';
import type { Scenario } from '../scenario/types.ts';

/**
 * Build checks that the option order and wording do not give the answer away (issue 8). They
 * check what learners see: the computed order, not the order in the file.
 */

/** Position A may hold at most this share of a course's question keys. */
export const MAX_FIRST_SHARE = 0.4;
/** The correct option may be strictly the longest in at most this share of a course's questions. */
export const MAX_LONGEST_SHARE = 0.5;

type Option = { text: string; correct?: boolean };
type Question = { id: string; question: string; options: Option[] };
/** A lesson as the checks read it. */
export type CheckedLesson = { id: string; file: string; course: string; check: Question[] };
/** A scenario as the checks read it. */
export type CheckedScenario = { id: string; file: string; data: Scenario };

/** One course's figures, printed by the build. */
export type CourseShares = { course: string; total: number; first: number; longest: number };

const pct = (n: number, total: number) => `${Math.round((100 * n) / Math.max(1, total))}%`;

/** True when the correct option is strictly longer than every other option. */
export function correctIsLongest(q: { options: Option[] }): boolean {
	const right = q.options.find((o) => o.correct);
	if (!right) return false;
	return q.options.every((o) => o === right || o.text.length < right.text.length);
}

/** Groups lessons by course, in a stable order. */
function byCourse(lessons: CheckedLesson[]): Map<string, CheckedLesson[]> {
	const courses = new Map<string, CheckedLesson[]>();
	for (const l of lessons) courses.set(l.course, [...(courses.get(l.course) ?? []), l]);
	return courses;
}

/**
 * Per course: how many question keys sit first once ordered, and how many correct options are
 * strictly the longest; an issue for each share over its limit, listing the questions to look at.
 */
export function findCheckBiasIssues(lessons: CheckedLesson[]): { issues: IntegrityIssue[]; shares: CourseShares[] } {
	const issues: IntegrityIssue[] = [];
	const shares: CourseShares[] = [];
	for (const [course, list] of byCourse(lessons)) {
		const ordered = orderCourseChecks(list);
		const atA: string[] = [];
		const longest: string[] = [];
		let total = 0;
		for (const l of list)
			l.check.forEach((q, i) => {
				total++;
				if (ordered.get(l.id)![i]!.options[0]?.correct) atA.push(`${l.file} → check.${i} (${q.id})`);
				if (correctIsLongest(q)) longest.push(`${l.file} → check.${i} (${q.id})`);
			});
		shares.push({ course, total, first: atA.length, longest: longest.length });
		const dir = `content/lessons/${course}/`;
		if (atA.length > MAX_FIRST_SHARE * total)
			issues.push({
				file: dir,
				field: 'check',
				message:
					`Kursā "${course}" pareizā atbilde ir A pozīcijā ${atA.length} no ${total} jautājumiem (${pct(atA.length, total)}; atļauts ne vairāk kā ${pct(MAX_FIRST_SHARE * 100, 100)}). ` +
					`Secību aprēķina vietne; ja jautājumos ir tikai divas atbildes, pievienojiet ticamu trešo. Jautājumi: ${atA.join('; ')}`,
			});
		if (longest.length > MAX_LONGEST_SHARE * total)
			issues.push({
				file: dir,
				field: 'check.options.text',
				message:
					`Kursā "${course}" pareizā atbilde ir visgarākā ${longest.length} no ${total} jautājumiem (${pct(longest.length, total)}; atļauts ne vairāk kā ${pct(MAX_LONGEST_SHARE * 100, 100)}). ` +
					`Pagariniet ticamu nepareizo atbildi (kļūdu, ko darbinieks tiešām varētu pieļaut) vai saīsiniet pareizo, nezaudējot jēgu. Jautājumi: ${longest.join('; ')}`,
			});
	}
	return { issues, shares };
}

/**
 * In one scenario, no letter may hold the recommended choice in more than half of its decisions
 * (rounded up), as `displayChoices` letters them.
 */
export function findScenarioBiasIssues(s: CheckedScenario): IntegrityIssue[] {
	const counts = new Map<string, string[]>();
	let decisions = 0;
	for (const nodeId of Object.keys(s.data.nodes)) {
		const rec = displayChoices(s.data, s.id, nodeId).find((d) => d.choice.quality === 'recommended');
		if (!rec) continue;
		decisions++;
		counts.set(rec.letter, [...(counts.get(rec.letter) ?? []), nodeId]);
	}
	const limit = Math.ceil(decisions / 2);
	return [...counts]
		.filter(([, nodes]) => nodes.length > limit)
		.map(([letter, nodes]) => ({
			file: s.file,
			field: 'nodes',
			message:
				`Ieteicamā izvēle ir burtā ${letter} ${nodes.length} no ${decisions} lēmuma punktiem (atļauts ne vairāk kā ${limit}): ${nodes.join(', ')}. ` +
				`Secību aprēķina vietne; lēmuma punktam ar vienu izvēli pievienojiet ticamu alternatīvu.`,
		}));
}

/** One printable line per course: the share of keys at A and of correct options that are the longest. */
export function formatShares(shares: CourseShares[]): string {
	return shares
		.map(
			(s) =>
				`Kurss "${s.course}": pareizā atbilde A pozīcijā ${s.first}/${s.total} (${pct(s.first, s.total)}), visgarākā ${s.longest}/${s.total} (${pct(s.longest, s.total)}).`,
		)
		.join('\n');
}
