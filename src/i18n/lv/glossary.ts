/** UI strings of the "glossary" feature (keys `glossary.*`). */
export const glossaryStrings = {
	'glossary.title': 'Terminoloģija un saīsinājumi',
	'glossary.lead':
		'Kursos lietotie termini un saīsinājumi ar norādi uz avotu. Skaidrojumi ir mūsu pašu vārdiem.',
	/** Before the link to a tool that explains the term in full (/riki/<id>/). */
	'glossary.tool': 'Sīkāk rīkā',
} as const;
