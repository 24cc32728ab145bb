/**
 * `pnpm bench`: the figures the design is judged by, each beside a baseline measured in
 * the same run on the same machine. Prints tables; asserts nothing about time.
 */
import { cpus, totalmem } from 'node:os';
import { fanOut } from './fan-out.js';
import { growth, memory } from './growth.js';
import { reportBench } from './report.js';
import { throughput } from './throughput.js';

const f = (n: number, d = 1) => n.toFixed(d);
const only = process.argv.slice(2);
const wants = (name: string) => only.length === 0 || only.includes(name);

console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${f(totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}\n`);

if (wants('fan-out')) {
  const [ours, bare] = await fanOut();
  console.log('Latency to every connected client (500 clients: 1 kiosk, 250 displays, 249 consoles), ms');
  console.table(
    [ours!, bare!].map((r) => ({ path: r.label, payload_bytes: r.payloadBytes, deliveries: r.deliveries, p50: f(r.p50), p99: f(r.p99), 'all-received p50': f(r.lastP50), 'all-received p99': f(r.lastP99) })),
  );
  console.log(`check-in p99 / bare p99 = ${f(ours!.p99 / bare!.p99, 2)}× (target: p99 < 50 ms and within 2×)\n`);
}

if (wants('throughput')) {
  const t = await throughput();
  console.log('Sustained check-ins (20 kiosks, 8 in flight each)');
  console.table([{ seconds: f(t.seconds), acknowledged: t.acknowledged, 'per second': f(t.perSecond, 0), 'rows in database': t.inDatabase, 'distinct tickets': t.distinctTickets, 'rate-limited, retried': t.rateLimited, 'timed out, retried': t.retries }]);
  console.log(`lost: ${t.acknowledged - t.inDatabase}, duplicated numbers: ${t.inDatabase - t.distinctTickets} (target: ≥ 1,000/s, none lost, none repeated)\n`);
}

if (wants('growth')) {
  const rows = await growth();
  console.log('Cost of one event as the queue grows (round trip, ms)');
  console.table(rows.map((r) => ({ waiting: r.waiting, 'visits in database': r.visitsInDatabase, 'check-in p50': f(r.checkInP50, 2), 'check-in p99': f(r.checkInP99, 2), 'call-next p50': f(r.callP50, 2), 'call-next p99': f(r.callP99, 2) })));
  const [small, big] = rows;
  console.log(`${f(big!.waiting / small!.waiting, 0)}× the queue costs ${f(big!.checkInP50 / small!.checkInP50, 2)}× per check-in and ${f(big!.callP50 / small!.callP50, 2)}× per call (median)\n`);
}

if (wants('memory')) {
  const m = await memory();
  console.log('Server memory (resident)');
  console.table([{ visits: m.visits, 'still waiting': m.waiting, clients: m.clients, 'idle MiB': f(m.idleMiB), 'after the day MiB': f(m.afterDayMiB), 'with 500 clients MiB': f(m.loadedMiB) }]);
}
if (wants('report')) {
  const r = await reportBench();
  console.log(`Performance report over a quarter (${r.visits.toLocaleString('en-GB')} visits, ${r.events.toLocaleString('en-GB')} events, seeded in ${f(r.seedSeconds)} s), ms`);
  console.table([
    { what: 'report, first time (replay the quarter from the log)', ms: f(r.coldMs), visits: r.reportedVisits },
    { what: `background: compute the ${r.warmDays} finished days one by one`, ms: f(r.warmMs), visits: '' },
    { what: 'report, finished days kept (median of 5)', ms: f(r.reportMs), visits: r.reportedVisits },
    { what: 'baseline: SELECT COUNT(*) of the same events', ms: f(r.countMs), visits: '' },
    { what: 'baseline: read and JSON.parse the same events', ms: f(r.readMs), visits: '' },
  ]);
  console.log(`kept-days report / bare read of the events = ${f(r.reportMs / r.readMs, 2)}×; first report / bare read = ${f(r.coldMs / r.readMs, 2)}× (target: report under 1,000 ms)\n`);
}
process.exit(0);
