import Holidays from 'date-holidays';
import type { HolidayTable } from './working-days.ts';

/**
 * Latvian public holidays for a range of years, from the maintained `date-holidays` data:
 * Easter (Lielā Piektdiena, Otrās Lieldienas), Līgo and Jāņi, and the rule that 4 May or
 * 18 November on a weekend moves the day off to the next Monday. Used at build time so the
 * browser gets a small table instead of the whole library.
 */
export function latvianHolidays(from: number, to: number): HolidayTable {
	const hd = new Holidays('LV');
	const table: HolidayTable = {};
	for (let y = from; y <= to; y++) {
		for (const h of hd.getHolidays(y)) {
			if (h.type === 'public')
				table[h.date.slice(0, 10)] = h.name.replace('(aizstājējs diena)', '(pārceltā brīvdiena)');
		}
	}
	return table;
}
