/** Activation maximisation and dream mode on the shipped trained network. */
import { beforeAll, describe, expect, it } from 'vitest';
import { ready, tf } from '@/lib/compute';
import { createDream, type DreamOptions, type DreamProgress } from '@/lib/compute/visualise';
import { loadTeacher } from '../compression/teacher';
import { greyImage } from './helpers';

beforeAll(ready);

const base: Omit<DreamOptions, 'objective'> = { start: { kind: 'noise', seed: 7 }, steps: 24, stepSize: 0.05, jitter: 1, blurEvery: 4, blurSigma: 0.5, seed: 3 };

async function run(options: DreamOptions) {
  const seen: DreamProgress[] = [];
  const last = await createDream(loadTeacher().network, options, (p) => seen.push(p)).start();
  return { seen, last };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('createDream', () => {
  for (const objective of [{ kind: 'channel', layer: 4, channel: 5 }, { kind: 'class', target: 7 }] as const) {
    it(`raises the ${objective.kind} objective on average, step after step, from seeded noise`, async () => {
      const { seen, last } = await run({ ...base, objective });
      expect(seen.map((p) => p.step)).toEqual(Array.from({ length: 25 }, (_, k) => k));
      const values = seen.map((p) => p.value);
      expect(last.value).toBeGreaterThan(values[0]);
      // Averaged over thirds, each third is higher than the one before.
      const thirds = [values.slice(1, 9), values.slice(9, 17), values.slice(17)].map(mean);
      expect(thirds[1]).toBeGreaterThan(thirds[0]);
      expect(thirds[2]).toBeGreaterThan(thirds[1]);
      expect(Math.min(...last.image)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...last.image)).toBeLessThanOrEqual(1);
    });
  }

  it('is the same on every run with the same seeds', async () => {
    const a = await run({ ...base, steps: 5, objective: { kind: 'class', target: 1 } });
    const b = await run({ ...base, steps: 5, objective: { kind: 'class', target: 1 } });
    expect(Array.from(b.last.image)).toEqual(Array.from(a.last.image));
  });

  it('in dream mode amplifies what a layer sees in an image (without blur, which fights the edges of the first layer)', async () => {
    const image = greyImage(28);
    const { seen } = await run({ ...base, blurEvery: 0, start: { kind: 'image', image }, objective: { kind: 'dream', layer: 1 } });
    expect(Array.from(seen[0].image)).toEqual(Array.from(image.pixels));
    expect(seen.at(-1)!.value).toBeGreaterThan(seen[0].value * 1.5);
  });

  it('stops when asked, and leaves no tensor behind either way', async () => {
    const { network } = loadTeacher();
    const before = tf.memory().numTensors;
    let run: ReturnType<typeof createDream> | null = null;
    run = createDream(network, { ...base, steps: 500, objective: { kind: 'class', target: 2 } }, (p) => { if (p.step === 3) run?.stop(); });
    const last = await run.start();
    expect(last.step).toBe(3);
    expect(run.state).toBe('stopped');
    await createDream(network, { ...base, steps: 3, objective: { kind: 'channel', layer: 1, channel: 0 } }).start();
    createDream(network, { ...base, objective: { kind: 'dream', layer: 2 } }); // made, never started
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses settings out of range in words', () => {
    const { network } = loadTeacher();
    expect(() => createDream(network, { ...base, steps: 0, objective: { kind: 'class', target: 1 } })).toThrow(/number of steps/);
    expect(() => createDream(network, { ...base, objective: { kind: 'channel', layer: 8, channel: 0 } })).toThrow(/does not give feature maps/);
    expect(() => createDream(network, { ...base, objective: { kind: 'class', target: 12 } })).toThrow(/no class 12/);
  });
});
