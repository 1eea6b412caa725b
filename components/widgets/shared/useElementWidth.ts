// The measured width lives in the kit (components/ui); widgets may import it from either place.
export { useElementWidth } from '@/components/ui/useElementWidth';
