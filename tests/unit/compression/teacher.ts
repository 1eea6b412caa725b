/** The shared trained classifier (public/models/fashion-cnn.weights), loaded as the widgets load it. */
import fs from 'node:fs';
import path from 'node:path';
import { buildNetwork, type Network } from '@/lib/compute/training/network';
import { decodeWeights, type WeightsHeader } from '@/lib/compute/training/weightsFile';

export const MODEL_FILE = path.resolve(__dirname, '../../../public/models/fashion-cnn.weights');

export function loadTeacher(): { network: Network; header: WeightsHeader } {
  const { header, weights } = decodeWeights(new Uint8Array(fs.readFileSync(MODEL_FILE)));
  const network = buildNetwork(header.spec, 0);
  network.setWeights(weights);
  return { network, header };
}
