/**
 * `pnpm sim`: the wait forecast against the naive estimate over several simulated days.
 * Exits non-zero if the forecast is not the more accurate overall, so CI can gate on it.
 */
import { simulateDay, type SimulationResult } from '@reception/shared';

const SEEDS = Array.from({ length: 10 }, (_, i) => i + 1);

const fmt = (n: number) => n.toFixed(2).padStart(8);
const header = ['seed', 'visitors', 'compared', 'skipped', 'mean wait', 'forecast', 'naive', 'queueStats', 'live fcst', 'live naive'];
console.log('Mean absolute error of the expected wait shown on arrival (minutes); "live" = every waiting visit, every 5 min.');
console.log(header.map((h) => h.padStart(11)).join(''));

const results: SimulationResult[] = SEEDS.map((seed) => simulateDay(seed));
for (const r of results) {
  const cells = [String(r.seed), String(r.arrivals.length), String(r.compared), String(r.skipped)].map((c) => c.padStart(11));
  const nums = [r.meanWaitMinutes, r.forecastMaeMinutes, r.naiveMaeMinutes, r.queueStatsMaeMinutes, r.live.forecastMaeMinutes, r.live.naiveMaeMinutes].map((n) => fmt(n).padStart(11));
  console.log([...cells, ...nums].join(''));
}

// Totals weight every compared visitor equally, not every day.
const total = (pick: (r: SimulationResult) => number, weight: (r: SimulationResult) => number) =>
  results.reduce((s, r) => s + pick(r) * weight(r), 0) / Math.max(1, results.reduce((s, r) => s + weight(r), 0));
const compared = (r: SimulationResult) => r.compared;
const live = (r: SimulationResult) => r.live.compared;
const forecast = total((r) => r.forecastMaeMinutes, compared);
const naive = total((r) => r.naiveMaeMinutes, compared);
const totals = [
  'all',
  String(results.reduce((s, r) => s + r.arrivals.length, 0)),
  String(results.reduce((s, r) => s + r.compared, 0)),
  String(results.reduce((s, r) => s + r.skipped, 0)),
].map((c) => c.padStart(11));
const totalNums = [total((r) => r.meanWaitMinutes, compared), forecast, naive, total((r) => r.queueStatsMaeMinutes, compared), total((r) => r.live.forecastMaeMinutes, live), total((r) => r.live.naiveMaeMinutes, live)];
console.log([...totals, ...totalNums.map((n) => fmt(n).padStart(11))].join(''));

if (forecast < naive) {
  console.log(`\nForecast MAE ${forecast.toFixed(2)} min beats naive ${naive.toFixed(2)} min (${Math.round((1 - forecast / naive) * 100)}% lower).`);
} else {
  console.error(`\nFAIL: forecast MAE ${forecast.toFixed(2)} min does not beat naive ${naive.toFixed(2)} min.`);
  process.exitCode = 1;
}
