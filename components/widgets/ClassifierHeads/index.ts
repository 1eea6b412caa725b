export { ClassifierHeads, type ClassifierHeadsProps } from './ClassifierHeads';
