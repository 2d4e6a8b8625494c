type Ref = { id: string; file: string };
/** The content the integrity check reads: ids, files, and the fields that reference others. */
export type ContentSnapshot = {
	/** content/courses: each course's module codes. */
	courses: (Ref & { data: { modules: { id: string }[] } })[];
	lessons: (Ref & {
		data: {
			title: string;
			course: string;
			module: string;
			order: number;
			related: { lessons: string[]; tools: string[]; scenarios: string[]; resources: string[] };
		};
	})[];
	algorithms: Ref[];
	resources: Ref[];
	glossary: Ref[];
	scenarios: (Ref & { data: { lessons: string[]; nodes: Record<string, { ending?: { lessons: string[] } }> } })[];
	/** content/tools: the lessons a tool belongs to and the algorithm a page tool indexes. */
	tools: (Ref & { data: { lessons: string[]; algorithm?: string } })[];
};

/** One integrity problem: the file, the field and what is wrong. */
export type IntegrityIssue = { file: string; field: string; message: string };

/**
 * Finds dangling references (lesson → lesson/tool/scenario/resource, scenario → lesson,
 * tool → lesson/algorithm),
 * duplicate ids and empty collections. Pure: takes plain data, returns every problem.
 */
export function findIntegrityIssues(c: ContentSnapshot): IntegrityIssue[] {
	const issues: IntegrityIssue[] = [];
	const ids = {
		lessons: new Set(c.lessons.map((x) => x.id)),
		tools: new Set(c.tools.map((x) => x.id)),
		algorithms: new Set(c.algorithms.map((x) => x.id)),
		scenarios: new Set(c.scenarios.map((x) => x.id)),
		resources: new Set(c.resources.map((x) => x.id)),
	};
	for (const [name, list] of Object.entries(c) as [keyof ContentSnapshot, Ref[]][]) {
		if (list.length === 0 && name !== 'scenarios')
			issues.push({ file: `content/${name}`, field: name, message: `Kolekcija "${name}" ir tukša.` });
		const seen = new Map<string, string>();
		for (const item of list) {
			const prev = seen.get(item.id);
			if (prev)
				issues.push({
					file: item.file,
					field: 'id',
					message: `Id "${item.id}" atkārtojas (arī ${prev}). Katram ierakstam vajag savu id.`,
				});
			seen.set(item.id, item.file);
		}
	}
	const courses = new Map(c.courses.map((x) => [x.id, x]));
	const places = new Map<string, string>();
	for (const lesson of c.lessons) {
		const course = courses.get(lesson.data.course);
		if (!course)
			issues.push({
				file: lesson.file,
				field: 'course',
				message: `Nav kursa "${lesson.data.course}" (content/courses/${lesson.data.course}.yaml).`,
			});
		else if (!course.data.modules.some((m) => m.id === lesson.data.module))
			issues.push({
				file: lesson.file,
				field: 'module',
				message: `Kursam "${course.id}" nav moduļa "${lesson.data.module}"; ir: ${course.data.modules.map((m) => m.id).join(', ')} (${course.file}).`,
			});
		const place = `${lesson.data.course}/${lesson.data.module}/${lesson.data.order}`;
		const other = places.get(place);
		if (other)
			issues.push({
				file: lesson.file,
				field: 'order',
				message: `Modulī ${lesson.data.module} jau ir nodarbība ar order ${lesson.data.order} (${other}).`,
			});
		places.set(place, lesson.file);
		for (const kind of ['lessons', 'tools', 'scenarios', 'resources'] as const) {
			lesson.data.related[kind].forEach((ref, i) => {
				if (!ids[kind].has(ref))
					issues.push({
						file: lesson.file,
						field: `related.${kind}.${i}`,
						message: `Saite uz neesošu ${kind} ierakstu "${ref}".`,
					});
			});
		}
	}
	for (const s of c.scenarios) {
		s.data.lessons.forEach((ref, i) => {
			if (!ids.lessons.has(ref))
				issues.push({ file: s.file, field: `lessons.${i}`, message: `Saite uz neesošu nodarbību "${ref}".` });
		});
		for (const [nodeId, node] of Object.entries(s.data.nodes))
			node.ending?.lessons.forEach((ref, i) => {
				if (!ids.lessons.has(ref))
					issues.push({
						file: s.file,
						field: `nodes.${nodeId}.ending.lessons.${i}`,
						message: `Mezgla "${nodeId}" noslēgums saista uz neesošu nodarbību "${ref}".`,
					});
			});
	}
	for (const tool of c.tools) {
		tool.data.lessons.forEach((ref, i) => {
			if (!ids.lessons.has(ref))
				issues.push({ file: tool.file, field: `lessons.${i}`, message: `Saite uz neesošu nodarbību "${ref}".` });
		});
		if (tool.data.algorithm && !ids.algorithms.has(tool.data.algorithm))
			issues.push({
				file: tool.file,
				field: 'algorithm',
				message: `Nav algoritma "${tool.data.algorithm}" (content/algorithms/${tool.data.algorithm}.yaml).`,
			});
	}
	return issues;
}

/** Formats issues as one readable block: "file → field: message". */
export function formatIssues(issues: IntegrityIssue[]): string {
	return issues.map((i) => `${i.file} → ${i.field}: ${i.message}`).join('\n');
}

/** Throws with every integrity problem listed (fails the build). */
export function assertContentIntegrity(c: ContentSnapshot): void {
	const issues = findIntegrityIssues(c);
	if (issues.length)
		throw new Error(`Satura pārbaude neizdevās (${issues.length}):\n${formatIssues(issues)}`);
}
