/** Years the built-in holiday calendar covers: from last year to ten years ahead of the build. */
export function holidayRange(buildYear = new Date().getFullYear()): { from: number; to: number } {
	return { from: buildYear - 1, to: buildYear + 10 };
}
