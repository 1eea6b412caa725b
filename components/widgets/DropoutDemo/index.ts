export { DropoutDemo, type DropoutDemoProps } from './DropoutDemo';
