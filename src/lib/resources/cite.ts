import { EXT_SOURCES, type ExtSourceId } from './ext-sources.ts';

/**
 * The citation syntax of the project (`[@003, 11533]`, `[@003 3. pielikums, 11529–11602]`,
 * `[@ext:jpa-116006]`), parsed for directory entries. Issue 7's src/lib/cite/ supersedes this
 * once merged; the syntax is the same.
 */
export type Citation =
	| { type: 'doc'; document: string; section?: string; lines: string }
	| { type: 'ext'; id: ExtSourceId; url: string; title: string; checked: string };

const ONE = /\[@([^\]]+)\]/g;
const WHOLE = /^(\s*\[@[^\]]+\]\s*)+$/;

/** Parses every citation in `text`; returns an error message for the first that is malformed. */
export function parseCitations(text: string): { citations: Citation[]; error?: string } {
	if (!WHOLE.test(text))
		return {
			citations: [],
			error: `avotam jābūt citātu sarakstam, piem., "[@003, 11533]" vai "[@ext:jpa-116006]"`,
		};
	const citations: Citation[] = [];
	for (const m of text.matchAll(ONE)) {
		const body = (m[1] ?? '').trim();
		if (body.startsWith('ext:')) {
			const id = body.slice(4);
			if (!(id in EXT_SOURCES)) return { citations, error: `nezināms ārējais avots "${id}"` };
			const e = EXT_SOURCES[id as ExtSourceId];
			citations.push({ type: 'ext', id: id as ExtSourceId, ...e });
			continue;
		}
		const dm = /^(00[0-4])(?:\s+([^,]+))?,\s*(\d+(?:\s*[–-]\s*\d+)?)$/.exec(body);
		if (!dm)
			return { citations, error: `citāts "[@${body}]" nav formā [@003, 11533] vai [@003, 11529–11602]` };
		citations.push({
			type: 'doc',
			document: dm[1] ?? '',
			section: dm[2]?.trim(),
			lines: (dm[3] ?? '').replace(/\s*[-–]\s*/, '–'),
		});
	}
	return { citations };
}
