/** Strings the three compression widgets share (the loading gate, the charts). */
export const S = {
  loadButton: 'Load the trained model and the images',
  loadNote: (kb: number) => `Downloads the course's trained Fashion-MNIST classifier (${kb} KB of weights) and the 7,000 images (about 5 MB), then runs on your device.`,
  trainButton: (epochs: number) => `Or train it here first (${epochs} epochs)`,
  training: (done: number, total: number) => `Training the course network on this page: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} images`,
  trainingLabel: 'Training progress',
  trainedHere: (acc: string) => `Using the network you trained on this page (test accuracy ${acc}). The figures in the lesson text are for the course's trained copy, so yours will differ a little.`,
  loadingModel: 'Loading the trained model and starting the compute engine…',
  modelFailed: 'The trained model could not be loaded.',
  retry: 'Try again',
  percent: (v: number, digits = 1) => `${(v * 100).toFixed(digits)} %`,
  bytes: (n: number) => `${n.toLocaleString('en-US')} B`,
};
