import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { AstroIntegration } from 'astro';

/** The site's colour (--accent in global.css), also the browser's theme colour. */
export const THEME_COLOR = '#0b5a8a';

/** The web app manifest: Latvian name, opens at the home page, runs as its own window. */
export function webManifest() {
	return {
		name: 'Prakses ceļvedis sociālajiem darbiniekiem',
		short_name: 'Prakses ceļvedis',
		description:
			'Mācības un rīcības atbalsts sociālajiem darbiniekiem: algoritmi, drošības plāns, pakalpojumi.',
		lang: 'lv',
		dir: 'ltr',
		id: '/',
		start_url: '/',
		scope: '/',
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: THEME_COLOR,
		icons: [
			{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
			{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
			{ src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
		],
	};
}

/**
 * Renders the PNG icons from the site's SVG mark. The maskable icon fills the whole square with
 * the mark's background colour and draws the mark at 60% of the side, centred, so that it stays
 * inside the safe zone (the central circle of 80% diameter that every mask shape keeps).
 */
export async function renderIcons(svg: Buffer): Promise<Record<string, Buffer>> {
	const png = (size: number) =>
		sharp(svg, { density: (72 * size) / 32 })
			.resize(size, size)
			.png()
			.toBuffer();
	const inner = Math.round(512 * 0.6);
	const maskable = await sharp({
		create: { width: 512, height: 512, channels: 4, background: THEME_COLOR },
	})
		.composite([{ input: await png(inner), gravity: 'centre' }])
		.png()
		.toBuffer();
	return {
		'icon-192.png': await png(192),
		'icon-512.png': await png(512),
		'icon-maskable-512.png': maskable,
	};
}

/** Writes dist/manifest.webmanifest and dist/icons/*.png from public/favicon.svg after the build. */
export function webManifestIntegration(): AstroIntegration {
	let publicDir: URL;
	return {
		name: 'web-manifest',
		hooks: {
			'astro:config:done': ({ config }) => {
				publicDir = config.publicDir;
			},
			'astro:build:done': async ({ dir }) => {
				const root = fileURLToPath(dir);
				const svg = await readFile(new URL('favicon.svg', publicDir));
				await mkdir(join(root, 'icons'), { recursive: true });
				for (const [name, data] of Object.entries(await renderIcons(svg)))
					await writeFile(join(root, 'icons', name), data);
				await writeFile(join(root, 'manifest.webmanifest'), JSON.stringify(webManifest(), null, '\t'));
			},
		},
	};
}
