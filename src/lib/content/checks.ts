/**
 * True for a phone number the directory may list: a Latvian 8-digit number (landline 6…,
 * mobile 2…) with an optional +371, the free-phone form 8000 xxxx, the emergency numbers
 * 110, 112 and 113, or a 116xxx harmonised number. Spaces are allowed between digits.
 */
export function isValidLatvianPhone(value: string): boolean {
	if (!/^\+?[\d ]+$/.test(value)) return false;
	let digits = value.replace(/ /g, '');
	if (digits.startsWith('+371')) digits = digits.slice(4);
	else if (digits.startsWith('+')) return false;
	if (/^11[023]$/.test(digits)) return true;
	if (/^116\d{3}$/.test(digits)) return true;
	if (/^8000\d{4}$/.test(digits)) return true;
	return /^[26]\d{7}$/.test(digits);
}

/** True for an absolute http: or https: URL with a host. */
export function isValidHttpUrl(value: string): boolean {
	try {
		const u = new URL(value);
		return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.');
	} catch {
		return false;
	}
}

/** A phone number as digits for a tel: link (keeps +371 when given). */
export function telHref(value: string): string {
	return `tel:${value.replace(/ /g, '')}`;
}
