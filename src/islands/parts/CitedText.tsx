import { useId } from 'preact/hooks';
import { resolvedWithoutMarkers, splitResolved } from '../../lib/cite/resolved.ts';
import { INFERENCE_EXPLAINED } from '../../lib/cite/explain.ts';

/**
 * Text with citations inside an island. The page resolves them first (encodeMarkers /
 * encodeDeep in src/lib/cite/marker.ts), so the island ships no document table. Same markup as
 * CitedText.astro, so the same CSS and src/scripts/cite-toggle.ts apply. `trainer` shows the
 * label with line ranges (facilitator views) instead of the tap marker.
 */
export function CitedText({
	text,
	trainer = false,
	explainInference = false,
	only,
}: {
	/** Nothing is shown for undefined (a missing text id). */
	text: string | undefined;
	trainer?: boolean;
	explainInference?: boolean;
	/**
	 * 'text': the text without markers, for inside a <label> (a label may hold one control only);
	 * 'markers': only the markers, each after a space, to put just after that label.
	 */
	only?: 'text' | 'markers';
}) {
	const id = useId();
	let explained = !explainInference;
	if (only === 'text') return <>{resolvedWithoutMarkers(text ?? '')}</>;
	return (
		<>
			{splitResolved(text ?? '').map((p, i) => {
				if (p.type === 'text') return only === 'markers' ? null : p.value;
				if (trainer && p.kind === 'source')
					return (
						<span class="cite-trainer" key={i}>
							{p.trainer}
						</span>
					);
				const explain = p.kind === 'inference' && !explained;
				if (explain) explained = true;
				return (
					<span class={p.kind === 'inference' ? 'cite cite--inference' : 'cite'} key={i}>
						{only === 'markers' && ' '}
						<button type="button" class="cite-btn" aria-expanded="false" aria-controls={`${id}-c${i}`}>
							{p.label}
						</button>
						{explain && <span class="cite-explain"> ({INFERENCE_EXPLAINED})</span>}
						<span class="cite-pop" id={`${id}-c${i}`}>
							{p.detail}
						</span>
					</span>
				);
			})}
		</>
	);
}
