/** UI strings of the "common" feature (keys `common.*`). */
export const commonStrings = {
	'common.print': 'Drukāt',
	'common.yes': 'Jā',
	'common.no': 'Nē',
} as const;
