export { DeepDream, type DeepDreamProps } from './DeepDream';
