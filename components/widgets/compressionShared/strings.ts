/** Strings the three compression widgets share (the loading gate, the charts). */
export const S = {
  loadButton: 'Load the trained model and the images',
  loadNote: (kb: number) => `Downloads the course's trained Fashion-MNIST classifier (${kb} KB of weights) and the 7,000 images (about 5 MB), then runs on your device.`,
  loadingModel: 'Loading the trained model and starting the compute engine…',
  modelFailed: 'The trained model could not be loaded.',
  retry: 'Try again',
  percent: (v: number, digits = 1) => `${(v * 100).toFixed(digits)} %`,
  bytes: (n: number) => `${n.toLocaleString('en-US')} B`,
};
