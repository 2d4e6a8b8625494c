/** Scenario engine: types, commands and projections, stored state, validation and content hash. */
export type * from './types.ts';
export { contentHash, canonicalJson } from './hash.ts';
export {
	start,
	choose,
	back,
	restart,
	currentNodeId,
	currentNode,
	availableChoices,
	variables,
	isEnded,
	pathSummary,
	score,
	holds,
} from './engine.ts';
export { serializeState, restoreState } from './state.ts';
export { validateScenario, reachable, canFinish } from './validate.ts';
