import { useEffect, useState } from 'preact/hooks';
import { copyText as copyNumber } from './parts/copy.ts';
import { rt } from '../i18n/lv/resources.ts';

/** "Kopēt numuru" for one phone number; rendered only once JavaScript runs. */
export default function CopyButton({ number }: { number: string }) {
	const [ready, setReady] = useState(false);
	const [status, setStatus] = useState('');
	useEffect(() => setReady(true), []);
	if (!ready) return null;
	return (
		<span class="copy-number">
			<button
				type="button"
				class="button small"
				aria-label={`${rt('resources.copy')} ${number}`}
				onClick={async () =>
					setStatus(
						(await copyNumber(number)) ? rt('resources.copied', { number }) : rt('resources.copyFailed'),
					)
				}
			>
				{rt('resources.copy')}
			</button>
			<span role="status" class="meta">
				{status}
			</span>
		</span>
	);
}
