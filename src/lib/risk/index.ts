export * from './types.ts';
export { visible, applySkips } from './visible.ts';
export { assess, orderActions } from './assess.ts';
export { ASSESS_RETURNABLE } from './returnable.ts';
export { whyRules } from './explain.ts';
