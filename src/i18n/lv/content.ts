/** UI strings of the "content" feature (keys `content.*`). */
export const contentStrings = {
	'content.table': 'Tabula (šaurā ekrānā to var ritināt uz sāniem)',
} as const;
