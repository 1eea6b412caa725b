/**
 * What every Node bench script shares: the median time of a function over repeated runs after a
 * warm-up (the run's index is passed, so a run can move a slider one step as a drag does), and
 * printing a script's rows when it is run directly rather than imported by `npm run bench`.
 */
import { pathToFileURL } from 'node:url';

export interface BenchRow {
  label: string;
  ms: number;
}

export function medianMs(run: (i: number) => void, { warmup = 3, runs = 15 } = {}): number {
  for (let i = 0; i < warmup; i++) run(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** When `moduleUrl` is the script Node was started with, run the bench and print its rows. */
export function printWhenRun(moduleUrl: string, bench: () => BenchRow[] | Promise<BenchRow[]>, digits = 1): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  void Promise.resolve(bench()).then((rows) => {
    for (const { label, ms } of rows) console.log(`  ${label}: ${ms.toFixed(digits)} ms`);
  });
}
