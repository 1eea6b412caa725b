/** Take the sandbox's network elsewhere: PyTorch and Keras code, and its trained weights for each. */
export { pytorchCode, pytorchStateDict } from './pytorch';
export { kerasCode, kerasWeights } from './keras';
export { weightsJson, type ExportedTensor, type Weights } from './tensors';
export { walkSpec } from './walk';
