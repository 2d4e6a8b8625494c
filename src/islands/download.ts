/** Saves text as a file through the browser's download (nothing leaves the device). */
export function downloadText(filename: string, text: string, type = 'text/plain;charset=utf-8'): void {
	const a = document.createElement('a');
	a.href = URL.createObjectURL(new Blob([text], { type }));
	a.download = filename;
	a.click();
	URL.revokeObjectURL(a.href);
}
