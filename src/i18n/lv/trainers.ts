/** UI strings of the "trainers" feature (keys `trainers.*`). */
export const trainersStrings = {
	'trainers.title': 'Apmācību vadītājiem',
	'trainers.lead': 'Scenāriji grupu darbam, diskusiju jautājumi un izdales materiāli.',
	'trainers.none': 'Scenāriju vēl nav.',
	'trainers.facilitator': 'Vadītāja režīms (projektoram)',
	'trainers.handout': 'Izdales materiāls drukāšanai',
	'trainers.answers': 'Atbilžu lapa vadītājam (vērtējumi, sekas, avoti)',
	'trainers.play': 'Spēlēt individuāli',
	'trainers.materials': 'Citi materiāli',
	'trainers.algorithm': 'Rīcības algoritms (diagramma un soļi)',
} as const;
