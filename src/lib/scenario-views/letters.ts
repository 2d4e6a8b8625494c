/**
 * The letter a scenario option is shown and voted under (A, B, C …): the same in the
 * facilitator mode, the projector window, the session record, the map and the handout.
 */
export function optionLetter(index: number): string {
	return String.fromCharCode(65 + index);
}
