import type { Metadata } from 'next';
import { TrainingBench } from '@/components/bench/TrainingBench';

export const metadata: Metadata = { title: 'Training benchmark', robots: { index: false } };

/** Measures training speed and accuracy in this browser (used by scripts/bench-training-browser.mjs). */
export default function TrainingBenchPage() {
  return (
    <main id="content" style={{ padding: "1rem", maxWidth: 960, margin: "0 auto" }}>
      <h1>Training benchmark</h1>
      <TrainingBench />
    </main>
  );
}
