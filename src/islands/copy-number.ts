/** Copies a phone number to the clipboard; falls back to a hidden textarea where the API is missing. */
export async function copyNumber(number: string): Promise<boolean> {
	try {
		if (navigator.clipboard?.writeText) {
			await navigator.clipboard.writeText(number);
			return true;
		}
	} catch {
		// fall through to the textarea fallback
	}
	const ta = document.createElement('textarea');
	ta.value = number;
	ta.setAttribute('readonly', '');
	ta.style.position = 'absolute';
	ta.style.left = '-9999px';
	document.body.appendChild(ta);
	ta.select();
	let ok = false;
	try {
		ok = document.execCommand('copy');
	} catch {
		ok = false;
	}
	ta.remove();
	return ok;
}
