// The drop-down lives in the kit (components/ui).
export { SelectField } from '@/components/ui/SelectField';
