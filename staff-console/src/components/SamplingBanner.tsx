import { useEffect, useState } from 'react';
import type { SamplingPeriod } from '@reception/shared';
import { samplingNow } from '../api/reports.js';
import { formatDay } from './reports/format.js';

const REFRESH_MS = 10 * 60_000;

/**
 * Every console at a site shows this during a sampling week, so staff know the week's
 * visits are the ones the council reports on. Checked on opening and every ten minutes.
 */
export function SamplingBanner({ siteId }: { siteId: string }) {
  const [period, setPeriod] = useState<SamplingPeriod | null>(null);
  useEffect(() => {
    let cancelled = false;
    const check = () =>
      samplingNow(siteId)
        .then((p) => !cancelled && setPeriod(p))
        // A banner that cannot be fetched is left as it was; the queue matters more.
        .catch(() => undefined);
    void check();
    const timer = setInterval(() => void check(), REFRESH_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [siteId]);
  if (!period) return null;
  return (
    <div className="sampling-banner" role="status" data-testid="sampling-banner">
      <strong>Sampling week: {period.label}</strong>, {formatDay(period.startDay)} to {formatDay(period.endDay)}. Every visit this week is counted in the face-to-face sample the council
      reports on: record outcomes, offers and delay reasons as they happen.
    </div>
  );
}
