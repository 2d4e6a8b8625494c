/**
 * The components MDX lessons may use, in one typed map (passed to `<Content components>`).
 * A new authoring component is one line here.
 */
import Situation from './Situation.astro';
import Callout from './Callout.astro';
import AlgorithmNavigator from './AlgorithmNavigator.astro';
import CaseProcess from './CaseProcess.astro';
import Tool from '../tools/Tool.astro';
import Caveat from './Caveat.astro';
import KeyPoints from './KeyPoints.astro';

export { Situation, Callout, AlgorithmNavigator, CaseProcess, Tool, Caveat, KeyPoints };

export const mdxComponents = { Situation, Callout, AlgorithmNavigator, CaseProcess, Tool, Caveat, KeyPoints };
