import { useEffect, useState } from 'preact/hooks';
import { createT } from '../i18n/t.ts';
import { offlineStrings } from '../i18n/lv/offline.ts';
import type { OfflineManifest } from '../lib/offline/precache.ts';
import { keptPaths } from '../stores/offline.ts';
import {
	bytesOf,
	formatBytes,
	saveSteps,
	stepDone,
	type SaveState,
	type SaveStep,
} from '../lib/offline/save-all.ts';

const t = createT(offlineStrings);

/**
 * "Saglabāt visu lietošanai bezsaistē": reads the build's offline manifest, says how much is left to
 * download, then keeps every page and file in Cache Storage, showing the progress.
 */
export default function SaveOffline() {
	const [plan, setPlan] = useState<{ manifest: OfflineManifest; steps: SaveStep[] } | null>(null);
	const [state, setState] = useState<SaveState>({ phase: 'idle' });
	const [unreachable, setUnreachable] = useState(false);
	// Known only in the browser: the server-rendered HTML says "checking", not "unsupported".
	const [supported, setSupported] = useState<boolean | null>(null);

	useEffect(() => {
		const can = typeof caches !== 'undefined';
		setSupported(can);
		if (!can) return;
		void Promise.all([
			fetch('/offline-manifest.json').then((r) => r.json() as Promise<OfflineManifest>),
			keptPaths(),
		])
			.then(([manifest, kept]) => setPlan({ manifest, steps: saveSteps(manifest, kept) }))
			.catch(() => setUnreachable(true));
	}, []);

	const run = async () => {
		if (!plan) return;
		const steps = plan.steps;
		let s: SaveState = { phase: 'running', done: 0, total: steps.length, failed: [] };
		setState(s);
		const queue = [...steps];
		const worker = async () => {
			for (let step = queue.shift(); step; step = queue.shift()) {
				let ok = false;
				try {
					const res = await fetch(step.url, { cache: 'no-cache' });
					if (res.ok) {
						await (await caches.open(step.cache)).put(step.url, res);
						ok = true;
					}
				} catch {
					ok = false;
				}
				s = stepDone(s, step.url, ok);
				setState(s);
			}
		};
		await Promise.all([worker(), worker(), worker(), worker()]);
		const kept = await keptPaths();
		setPlan({ manifest: plan.manifest, steps: saveSteps(plan.manifest, kept) });
	};

	if (supported === false) return <p>{t('offline.saveUnsupported')}</p>;
	if (!plan)
		return <p class="meta">{t(unreachable ? 'offline.saveNeedsNetwork' : 'offline.saveChecking')}</p>;
	return (
		<div class="save-offline">
			{state.phase === 'running' ? (
				<p role="status">
					<label for="save-offline-progress">
						{t('offline.saveRunning', { done: state.done, total: state.total })}
					</label>{' '}
					<progress id="save-offline-progress" max={state.total} value={state.done} />
				</p>
			) : plan.steps.length ? (
				<p>
					<button type="button" class="button" onClick={() => void run()}>
						{t('offline.saveButton', { size: formatBytes(bytesOf(plan.manifest, plan.steps)) })}
					</button>
				</p>
			) : null}
			<p role="status" class="save-offline__result">
				{state.phase === 'finished' && state.failed.length > 0
					? t('offline.saveFailed', { n: state.failed.length })
					: state.phase === 'finished'
						? t('offline.saveDone', { pages: plan.manifest.pages.length })
						: state.phase === 'idle' && !plan.steps.length
							? t('offline.saveNothing')
							: null}
			</p>
			<p class="meta">{t('offline.savePrivacy')}</p>
		</div>
	);
}
