// Build check: every search result must land on its page and heading. Pure: the caller reads the
// built pages and passes their ids in.

/** The part of a search record this check needs. */
export type LinkedRecord = { id: string; url: string };

/** The ids of the elements on one built page (undefined when the page does not exist). */
export type PageIds = (path: string) => ReadonlySet<string> | undefined;

/** Ids set by `id="…"` attributes in an HTML text. */
export function htmlIds(html: string): Set<string> {
	return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string));
}

/**
 * One message per record whose page is missing or has no element with the record's anchor.
 * @example danglingAnchors([{ id: 'a#x', url: '/a/#x' }], () => new Set()) // ['meklēšanas indekss: ierakstam "a#x" saite /a/#x, bet lapā /a/ nav id="x"']
 */
export function danglingAnchors(records: readonly LinkedRecord[], pageIds: PageIds): string[] {
	const out: string[] = [];
	for (const r of records) {
		const [path = '', hash] = r.url.split('#');
		const ids = pageIds(path);
		if (!ids) out.push(`meklēšanas indekss: ierakstam "${r.id}" saite ${r.url}, bet lapas ${path} nav`);
		else if (hash && !ids.has(decodeURIComponent(hash)))
			out.push(`meklēšanas indekss: ierakstam "${r.id}" saite ${r.url}, bet lapā ${path} nav id="${hash}"`);
	}
	return out;
}
