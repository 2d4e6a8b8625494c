/**
 * The algorithm diagram's "you are here" and legend (issue 10). A file of its own: the algorithm
 * stepper island imports it, and it should not carry the rest of the site chrome's strings.
 */
export const diagramStrings = {
	'diagram.legend': 'Biezs zils rāmis — pašreizējais solis; zaļš rāmis — soļi, kuriem jau izgājāt cauri.',
	'diagram.current': 'Jūs esat šeit: {step}',
	'diagram.pan': 'Tālrunī shēmu var pārvietot ar pirkstu; tā tiek novietota pie pašreizējā soļa.',
} as const;

/** "Jūs esat šeit: <step>". */
export const youAreHere = (step: string): string => diagramStrings['diagram.current'].replace('{step}', step);
