/** UI strings of the "notFound" feature (keys `notFound.*`). */
export const notFoundStrings = {
	'notFound.title': 'Lapa nav atrasta',
	'notFound.text': 'Šādas lapas nav. Iespējams, saite ir novecojusi.',
	'notFound.home': 'Uz sākumlapu',
} as const;
