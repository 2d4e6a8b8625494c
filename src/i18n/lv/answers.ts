/** UI strings of the "answers" feature (keys `answers.*`). */
export const answersStrings = {
	'answers.title': 'Atbilžu lapa vadītājam',
	'answers.intro':
		'Katra lēmuma punkta varianti ar vērtējumu, sekām un avotu. Punktu numuri un variantu burti ir tie paši, kas izdales materiālā un projektorā. Nedaliet šo lapu dalībniekiem, kamēr grupa nav pati izspriedusi.',
	'answers.point': '{number}. punkts',
	'answers.leadsToPoint': 'Ved uz {number}. punktu: {title}',
	'answers.leadsToEnding': 'Ved uz beigām: {title}',
	'answers.endings': 'Iespējamās beigas',
	'answers.lessons': 'Saistītās nodarbības',
	'answers.print': 'Drukāt atbilžu lapu',
} as const;
