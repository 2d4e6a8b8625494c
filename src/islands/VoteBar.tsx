/**
 * A vote bar drawn as SVG: the share is a `<rect width>` attribute, not a style, so it works
 * under a strict Content-Security-Policy. Decorative: the count and percentage are in the text.
 */
export default function VoteBar({ percent }: { percent: number }) {
	const w = Math.max(0, Math.min(100, percent));
	return (
		<svg
			class="vote-bar"
			viewBox="0 0 100 10"
			preserveAspectRatio="none"
			aria-hidden="true"
			focusable="false"
		>
			<rect class="vote-bar__track" x="0" y="0" width="100" height="10" />
			<rect class="vote-bar__fill" x="0" y="0" width={w} height="10" />
		</svg>
	);
}
