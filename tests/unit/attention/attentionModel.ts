/** The attention lesson's trained model file, read from public/ as the widget fetches it. */
import fs from 'node:fs';
import path from 'node:path';

export const MODEL_FILE = path.resolve(__dirname, '../../../public/models/attention-cnn.weights');
export const modelBytes = () => new Uint8Array(fs.readFileSync(MODEL_FILE));
