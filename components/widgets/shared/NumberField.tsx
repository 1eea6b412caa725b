// The number field lives in the kit (components/ui).
export { NumberField } from '@/components/ui/NumberField';
