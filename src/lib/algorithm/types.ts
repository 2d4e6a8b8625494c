/** Kinds of step in an action algorithm (PRODUCT.md §3). */
export type FlowNodeType = 'start' | 'action' | 'decision' | 'outcome' | 'note';

/** One box of an action algorithm. */
export type FlowNode = {
	id: string;
	type: FlowNodeType;
	/** Short label shown in the diagram and on buttons. */
	title: string;
	/** Longer own-words explanation shown in the step-through and outline. */
	text?: string;
	/** Source line range, e.g. "218–225". */
	lines?: string;
	/** A deadline counted in working days from the date the report arrived. */
	deadline?: { workingDays: number; label: string };
	/** Ids of footnotes attached to this step. */
	footnotes?: string[];
	/** Concrete actions to tick off at this step. */
	checklist?: string[];
};

/** A labelled arrow between two steps. */
export type FlowEdge = {
	from: string;
	to: string;
	label?: string;
	/** True where the arrow was lost in the source and reconstructed from the text. */
	uncertain?: boolean;
};

/** A footnote of the source flowchart. */
export type FlowFootnote = { id: string; mark: string; text: string; lines?: string };

/** An action algorithm as a directed graph. */
export type Flow = {
	start: string;
	nodes: FlowNode[];
	edges: FlowEdge[];
	footnotes?: FlowFootnote[];
};

/** A problem found in an algorithm, with the node it concerns and where in the data it sits. */
export type FlowIssue = { nodeId: string; path: (string | number)[]; message: string };
