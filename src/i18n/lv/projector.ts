/** UI strings of the "projector" feature (keys `projector.*`). */
export const projectorStrings = {
	'projector.title': 'Projektora skats',
	'projector.waiting': 'Gaida vadītāja logu: atveriet vadītāja režīmu šajā pašā pārlūkā.',
} as const;
