/**
 * True for a Latvian phone number as the sources write it: a 3-digit emergency number
 * (112, 110, 113), a 116xxx harmonised number, or 8 digits (landline 6…, mobile 2…,
 * free-phone 80…), optionally with +371 and spaces.
 */
export function isValidLatvianPhone(value: string): boolean {
	if (!/^\+?[\d ]+$/.test(value)) return false;
	let digits = value.replace(/ /g, '');
	if (digits.startsWith('+371')) digits = digits.slice(4);
	else if (digits.startsWith('+')) return false;
	if (/^11\d$/.test(digits)) return true;
	if (/^116\d{3}$/.test(digits)) return true;
	return /^[2689]\d{7}$/.test(digits);
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
