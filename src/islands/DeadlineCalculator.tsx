import { useEffect, useId, useState } from 'preact/hooks';
import {
	addWorkingDays,
	coversYear,
	formatDateLv,
	weekdayLv,
	type HolidayTable,
} from '../lib/deadlines/working-days.ts';
import { createT } from '../i18n/t.ts';
import { deadlineStrings } from '../i18n/lv/deadline.ts';

const t = createT(deadlineStrings);

export type DeadlineCalculatorProps = {
	/** Working days to add. */
	days: number;
	/** Let the user change the number of days (the standalone tool). */
	editableDays?: boolean;
	/** Latvian public holidays, computed at build time. */
	holidays: HolidayTable;
	/** Years the holiday table covers. */
	range: { from: number; to: number };
	/** The date received, when the parent keeps it (the algorithm walk keeps it in the tab). */
	received?: string;
	onReceived?: (date: string) => void;
};

/** Date-of-receipt input that shows the due date in working days and which days were skipped. */
export default function DeadlineCalculator({
	days: initialDays,
	editableDays = false,
	holidays,
	range,
	received: keptReceived,
	onReceived,
}: DeadlineCalculatorProps) {
	const id = useId();
	const [ownReceived, setOwnReceived] = useState('');
	const received = keptReceived ?? ownReceived;
	const setReceived = onReceived ?? setOwnReceived;
	const [days, setDays] = useState(initialDays);
	const [hydrated, setHydrated] = useState(false);
	useEffect(() => setHydrated(true), []);
	const result = received ? addWorkingDays(received, days, holidays) : null;
	const outOfRange = received && result && !coversYear(result.due, range);

	return (
		<div class="deadline">
			<p class="callout__title">{t('deadline.title')}</p>
			<div class="form-row">
				<label for={`${id}-date`}>{t('deadline.received')}</label>
				<input
					id={`${id}-date`}
					type="date"
					value={received}
					disabled={!hydrated}
					onInput={(e) => setReceived((e.target as HTMLInputElement).value)}
				/>
			</div>
			{editableDays && (
				<div class="form-row">
					<label for={`${id}-days`}>{t('deadline.days')}</label>
					<input
						id={`${id}-days`}
						type="number"
						min={1}
						max={60}
						value={days}
						disabled={!hydrated}
						onInput={(e) =>
							setDays(Math.max(1, Math.min(60, Number((e.target as HTMLInputElement).value) || 1)))
						}
					/>
				</div>
			)}
			<div role="status" aria-live="polite">
				{received && !result && <p>{t('deadline.invalid')}</p>}
				{result && (
					<>
						<p class="deadline__due" data-due={result.due}>
							{t('deadline.result', { date: formatDateLv(result.due) })}
						</p>
						<p>{t('deadline.resultHelp', { days, weekday: weekdayLv(result.due) })}</p>
						<p>
							{result.skipped.length
								? t('deadline.skipped', {
										list: result.skipped.map((s) => `${formatDateLv(s.date)} (${s.reason})`).join('; '),
									})
								: t('deadline.none')}
						</p>
						{outOfRange && <p>{t('deadline.outOfRange', { from: range.from, to: range.to })}</p>}
					</>
				)}
			</div>
			<p class="meta">{t('deadline.rule')}</p>
		</div>
	);
}
