// Plain `tsc` (npm run check:types) does not know `.astro` files; `.ts` modules that import them
// (the MDX registry src/components/mdx/index.ts) see them as components taking props.
declare module '*.astro' {
	const Component: (props: Record<string, unknown>) => unknown;
	export default Component;
}
