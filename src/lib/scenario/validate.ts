import type { Scenario, ScenarioIssue, ScenarioNode } from './types.ts';

const QUALITIES: readonly string[] = ['recommended', 'acceptable', 'harmful'];

/**
 * Checks a scenario and returns every problem, not just the first: missing `start` or `next`
 * targets, unreachable nodes, nodes without choices, loops with no way to an ending, duplicate
 * choice ids, endings without a debrief, choices without feedback or quality, undeclared
 * variables and endings that also have choices. Messages are Latvian, for content authors.
 */
export function validateScenario(scenario: Scenario): ScenarioIssue[] {
	const issues: ScenarioIssue[] = [];
	const error = (nodeId: string, path: (string | number)[], message: string) =>
		issues.push({ severity: 'error', nodeId, path, message });
	const nodes = scenario.nodes ?? {};
	const declared = new Set(Object.keys(scenario.variables ?? {}));

	const startExists = Object.hasOwn(nodes, scenario.start);
	if (!startExists)
		error(
			scenario.start,
			['start'],
			`Sākuma mezgls "${scenario.start}" nav atrodams starp mezgliem. Izlabojiet \`start\` vai pievienojiet mezglu.`,
		);

	for (const [id, node] of Object.entries(nodes)) {
		const at = ['nodes', id];
		const choices = node.choices ?? [];
		if (node.ending && choices.length > 0)
			error(
				id,
				[...at, 'choices'],
				`Mezglam "${id}" ir gan nobeigums, gan izvēles. Nobeigumā izvēles netiek rādītas — izdzēsiet \`choices\` vai \`ending\`.`,
			);
		if (!node.ending && choices.length === 0)
			error(id, at, `Mezglam "${id}" nav ne izvēļu, ne nobeiguma. Pievienojiet \`choices\` vai \`ending\`.`);
		if (node.ending && !node.ending.debrief?.trim())
			error(
				id,
				[...at, 'ending', 'debrief'],
				`Nobeigumam "${id}" nav izvērtējuma (\`debrief\`). Uzrakstiet, ko šis ceļš rāda un kas jāņem līdzi.`,
			);

		const seen = new Set<string>();
		choices.forEach((c, j) => {
			const cp = [...at, 'choices', j];
			if (seen.has(c.id))
				error(
					id,
					[...cp, 'id'],
					`Mezglā "${id}" izvēles id "${c.id}" atkārtojas. Katrai izvēlei mezglā vajag savu id.`,
				);
			seen.add(c.id);
			if (!Object.hasOwn(nodes, c.next))
				error(
					id,
					[...cp, 'next'],
					`Izvēle "${c.id}" mezglā "${id}" ved uz neesošu mezglu "${c.next}". Pievienojiet mezglu vai izlabojiet \`next\`.`,
				);
			if (!c.feedback?.trim())
				error(
					id,
					[...cp, 'feedback'],
					`Izvēlei "${c.id}" mezglā "${id}" nav atgriezeniskās saites (\`feedback\`). Uzrakstiet sekas un kāpēc.`,
				);
			if (!QUALITIES.includes(c.quality))
				error(
					id,
					[...cp, 'quality'],
					`Izvēlei "${c.id}" mezglā "${id}" nav norādīta kvalitāte (\`quality\`: recommended, acceptable vai harmful).`,
				);
			if (c.requires && !declared.has(c.requires.var))
				error(
					id,
					[...cp, 'requires', 'var'],
					`Izvēles "${c.id}" nosacījums mezglā "${id}" izmanto nedeklarētu mainīgo "${c.requires.var}". Pievienojiet to sadaļā \`variables\`.`,
				);
			for (const name of Object.keys(c.effects ?? {}))
				if (!declared.has(name))
					error(
						id,
						[...cp, 'effects', name],
						`Izvēles "${c.id}" sekas mezglā "${id}" maina nedeklarētu mainīgo "${name}". Pievienojiet to sadaļā \`variables\`.`,
					);
		});
	}

	// Without a start every node would also be "unreachable": one issue says it better.
	if (!startExists) return issues;
	const reached = reachable(scenario);
	const finishing = canFinish(scenario);
	for (const id of Object.keys(nodes)) {
		if (!reached.has(id))
			error(
				id,
				['nodes', id],
				`Mezgls "${id}" nav sasniedzams no sākuma "${scenario.start}". Pievienojiet izvēli, kas ved uz to, vai izdzēsiet to.`,
			);
		else if (!finishing.has(id))
			error(
				id,
				['nodes', id],
				`No mezgla "${id}" nevar nonākt līdz nevienam nobeigumam: ceļš iestrēgst cilpā. Pievienojiet izvēli, kas ved uz nobeigumu.`,
			);
	}
	return issues;
}

/** The choices a player can follow from a node: an ending offers none (the engine ignores them). */
function edges(node: ScenarioNode): string[] {
	return node.ending ? [] : (node.choices ?? []).map((c) => c.next);
}

/** Ids of nodes reachable from `start` by following choices (conditions are not evaluated). */
export function reachable(scenario: Scenario): Set<string> {
	const seen = new Set<string>();
	const stack = [scenario.start];
	while (stack.length) {
		const id = stack.pop()!;
		const node = scenario.nodes[id];
		if (seen.has(id) || !node) continue;
		seen.add(id);
		stack.push(...edges(node));
	}
	return seen;
}

/**
 * Ids of nodes from which some path leads to an ending, found backwards from the endings so
 * loops need no special care. A node already reported for having no choices or a choice to a
 * missing node also counts as finishing, so one mistake is not reported again on every node
 * that leads to it.
 */
export function canFinish(scenario: Scenario): Set<string> {
	const into = new Map<string, string[]>();
	const done = new Set<string>();
	for (const [id, node] of Object.entries(scenario.nodes)) {
		const next = edges(node);
		if (node.ending || next.length === 0 || next.some((n) => !Object.hasOwn(scenario.nodes, n))) done.add(id);
		for (const n of next) into.set(n, [...(into.get(n) ?? []), id]);
	}
	const stack = [...done];
	while (stack.length) {
		for (const from of into.get(stack.pop()!) ?? [])
			if (!done.has(from)) {
				done.add(from);
				stack.push(from);
			}
	}
	return done;
}
