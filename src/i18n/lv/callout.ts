/** UI strings of the "callout" feature (keys `callout.*`). */
export const calloutStrings = {
	'callout.info': 'Svarīgi',
	'callout.warning': 'Uzmanību',
	'callout.gap': 'Avotā nav norādīts',
} as const;
