import { atom } from 'nanostores';
import type { Scenario } from '../lib/scenario/types.ts';
import { decodeSession, type Session } from '../lib/facilitator/session.ts';
import { projectorChannel, type ProjectorMessage } from './facilitator.ts';

/** What the facilitator's window last sent: the session shown on the projector (null until then). */
export const $mirror = atom<Session | null>(null);

/** Listens to the facilitator's window for this scenario and asks it for the current state. */
export function connectProjector(scenario: Scenario, id: string): () => void {
	const channel = projectorChannel(id);
	if (!channel) return () => {};
	channel.addEventListener('message', (e: MessageEvent<ProjectorMessage>) => {
		if (e.data?.type !== 'state') return;
		const session = decodeSession(scenario, id, e.data.session);
		if (session) $mirror.set(session);
	});
	channel.postMessage({ type: 'hello' } satisfies ProjectorMessage);
	return () => channel.close();
}
