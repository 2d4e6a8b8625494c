export const keyPointsStrings = {
	'keyPoints.title': 'Galvenais',
} as const;
