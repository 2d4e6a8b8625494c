/** How good a choice is, as judged against the sources. */
export type Quality = 'recommended' | 'acceptable' | 'harmful';

/** How a scenario ended for the worker and the family. */
export type Outcome = 'good' | 'mixed' | 'poor';

/** A citation of the source document that supports a judgement. */
export type SourceRef = { document: string; lines?: string; section?: string; note?: string };

/** A test on a variable that decides whether a choice is offered, e.g. `uzticiba >= 1`. */
export type Condition = { var: string; op: '<' | '<=' | '==' | '!=' | '>=' | '>'; value: number };

/** One option at a decision point. */
export type Choice = {
	/** Unique within its node; stored in the run's path. */
	id: string;
	/** What the worker does, first person. */
	label: string;
	/** Id of the node this choice leads to. */
	next: string;
	/** How good the choice is. */
	quality: Quality;
	/** Consequence and why, shown after choosing. */
	feedback: string;
	/** The source line that supports the judgement. */
	source: SourceRef;
	/** Numbers added to variables when chosen. */
	effects?: Record<string, number>;
	/** Offered only while this condition holds. */
	requires?: Condition;
};

/** The end of a path: result, debrief and the lessons it links to. */
export type Ending = { outcome: Outcome; summary: string; debrief: string; lessons: string[] };

/** A narrative step: a decision point (with choices) or an ending (with `ending`). */
export type ScenarioNode = {
	title: string;
	text: string;
	facilitator?: { notes?: string; prompts?: string[] };
	choices?: Choice[];
	ending?: Ending;
};

/** A branching case scenario as stored in `content/scenarios/<id>.yaml`. */
export type Scenario = {
	title: string;
	course: string;
	topics: string[];
	audience: string[];
	minutes: number;
	goals: string[];
	sources: SourceRef[];
	lessons: string[];
	/** Id of the first node. */
	start: string;
	/** Variable name → initial value. */
	variables?: Record<string, number>;
	/** Nodes keyed by id. */
	nodes: Record<string, ScenarioNode>;
};

/** One visited node and, once the user has chosen there, the id of the choice taken. */
export type PathStep = { node: string; choice?: string };

/**
 * A run of a scenario as plain JSON. `path[0]` is the start node; each choice records its id on
 * the current step and pushes the next node, so "back" is a pop.
 */
export type ScenarioState = { v: 1; scenarioId: string; contentHash: string; path: PathStep[] };

/** One problem found by `validateScenario`, with a `path` into the scenario data. */
export type ScenarioIssue = {
	severity: 'error' | 'warning';
	nodeId: string;
	path: (string | number)[];
	message: string;
};

/** One step of the debrief: where the user was, what they chose and what was recommended there. */
export type PathSummaryStep = {
	nodeId: string;
	nodeTitle: string;
	/** The choice taken (undefined on the last step). */
	choice: Choice | undefined;
	/** The recommended choices that were offered at this node. */
	recommended: Choice[];
	/** Quality of the choice taken (undefined on the last step). */
	quality: Quality | undefined;
};

/** How many choices of each quality a run took. */
export type Score = Record<Quality, number>;
