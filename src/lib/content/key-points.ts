/** The „Galvenais” box rule (issue 11): every lesson ends with one <KeyPoints> of 3–5 list items. Pure. */
export function keyPointsProblem(file: string, mdx: string): string | null {
	const boxes = [...mdx.matchAll(/<KeyPoints>([\s\S]*?)<\/KeyPoints>/g)];
	if (boxes.length !== 1)
		return `${file}: nodarbībai jābeidzas ar vienu lodziņu <KeyPoints> („Galvenais”), atrasti ${boxes.length}.`;
	const items = (boxes[0]![1]!.match(/^\s*[-*] /gm) ?? []).length;
	if (items < 3 || items > 5)
		return `${file}: lodziņā „Galvenais” jābūt 3–5 punktiem, ir ${items}.`;
	return null;
}
