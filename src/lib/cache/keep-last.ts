/**
 * `make`, remembering the values for the last `max` keys used (the least recently used leaves
 * first). For work repeated on every keystroke while a query is typed.
 * @example const folded = keepLast(64, fold); folded('Pašnāvība') // computed once, then kept
 */
export function keepLast<K, V>(max: number, make: (key: K) => V): (key: K) => V {
	const kept = new Map<K, V>();
	return (key) => {
		const hit = kept.get(key);
		const value = hit === undefined && !kept.has(key) ? make(key) : (hit as V);
		kept.delete(key);
		kept.set(key, value);
		if (kept.size > max) kept.delete(kept.keys().next().value as K);
		return value;
	};
}
