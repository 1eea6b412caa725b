export { OverfittingLab, type OverfittingLabProps } from './OverfittingLab';
