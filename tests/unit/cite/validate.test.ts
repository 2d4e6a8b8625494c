import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { lessonSchema } from '../../../src/content/schemas/lesson.ts';
import { glossarySchema } from '../../../src/content/schemas/glossary.ts';
import { remarkCitations } from '../../../src/lib/markdown/remark-citations.ts';
import { citationProblems, refProblems } from '../../../src/lib/cite/validate.ts';
import { schemaProblems } from '../../helpers/fixtures.ts';

/** Runs remark-citations over a fixture's MDX body, as the build does, and returns its error. */
function bodyError(name: string): string {
	const path = `tests/fixtures/${name}`;
	const body = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', name), 'utf8').replace(
		/^---\n[\s\S]*?\n---\n/,
		'',
	);
	try {
		remarkCitations()(fromMarkdown(body) as never, { path, data: {} });
	} catch (e) {
		return (e as Error).message;
	}
	return '';
}

describe('a wrong citation fails the build, naming the file and the citation', () => {
	test('an unknown document (lesson feedback)', () => {
		expect(schemaProblems(lessonSchema, 'content/lesson-citation-unknown-document.mdx'))
			.toMatchInlineSnapshot(`
			[
			  "content/lesson-citation-unknown-document.mdx → check.0.options.0.feedback: atsauce "[@007, 10–12]" norāda uz nezināmu dokumentu "007". Zināmie: 000, 001, 002, 003, 004.",
			]
		`);
	});
	test('lines outside the document (glossary definition)', () => {
		expect(schemaProblems(glossarySchema, 'content/glossary-citation-lines-outside-document.yaml'))
			.toMatchInlineSnapshot(`
			[
			  "content/glossary-citation-lines-outside-document.yaml → definition: atsauce "[@000, 340–350]": rindas 340–350 ir ārpus dokumenta 000 (tajā ir 343 rindas).",
			]
		`);
	});
	test('lines outside the section the citation names (MDX body)', () => {
		expect(bodyError('content/lesson-citation-outside-section.mdx')).toMatchInlineSnapshot(
			`"tests/fixtures/content/lesson-citation-outside-section.mdx → atsauce "[@003 2.3., 100–120]": rindas 100–120 nav sadaļā 2.3. (003, rindas 5810–7344)."`,
		);
	});
	test('the old "(000, 10.–11. rinda)" form (MDX body)', () => {
		expect(bodyError('content/lesson-citation-old-form.mdx')).toMatchInlineSnapshot(
			`"tests/fixtures/content/lesson-citation-old-form.mdx → vecā formā rakstīta atsauce "(000, 10.–11. rinda)": rakstiet [@003, 10–20], [@003 2.3., 10–20], [@secinajums] vai [@ext:<id>] (skatiet src/lib/cite/parse.ts)."`,
		);
	});
});

describe('citationProblems', () => {
	test('accepts the fixed syntax', () => {
		expect(
			citationProblems(
				'A [@003, 6081–6100], B [@003 2.3., 6081-6100], C [@000, 10–15, 218–225; @002, 84], D [@secinajums], E [@ext:jpa-116006], F [@003 3.4.].',
			),
		).toEqual([]);
	});
	test('rejects an unknown section, an unknown external source and a malformed marker', () => {
		expect(citationProblems('[@003 9.9., 10] [@ext:nav-tada] [@003, desmit]')).toEqual([
			'atsauce "[@003 9.9., 10]": dokumentā 003 nav sadaļas "9.9.".',
			'atsauce "[@ext:nav-tada]" norāda uz nezināmu ārējo avotu "ext:nav-tada". Pievienojiet to src/lib/cite/documents.ts.',
			'atsauce "[@003, desmit]" nav saprotama („003, desmit”): gaidīts [@003, 10–20], [@003 2.3., 10–20], [@secinajums] vai [@ext:<id>].',
		]);
	});
	test('a YAML source: field is checked the same way', () => {
		expect(refProblems({ document: '001', lines: '9–11, 139–143' })).toEqual([]);
		expect(refProblems({ document: '004', lines: '100–120' })).toEqual([
			'atsauce "004, 100–120": rindas 100–120 ir ārpus dokumenta 004 (tajā ir 106 rindas).',
		]);
	});
});
