/**
 * The kit every widget, the sandbox, quiz and review build from: each control once, charts as
 * composed parts. Tables: `import table from '@/components/ui/table.module.css'`.
 */
export { Segmented, type SegmentedProps } from './Segmented';
export { Slider, type SliderProps } from './Slider';
export { NumberField, type NumberFieldProps } from './NumberField';
export { SelectField, type SelectFieldProps } from './SelectField';
export { Checkbox, type CheckboxProps } from './Checkbox';
export { Legend, type LegendItem, type LegendMark } from './Legend';
export { Alert, type AlertProps } from './Alert';
export { Button, type ButtonProps } from './Button';
export { useElementWidth } from './useElementWidth';
export { ChartFrame, type ChartFrameProps, type ChartSize, type Margin } from './chart/ChartFrame';
export { Figure, type FigureProps } from './chart/Figure';
export { AxisBottom, AxisLeft, type TickScale } from './chart/axes';
export { BandX, Bars, Clip, Dots, LinePath, PlotLabel, Rule, RuleX, RuleY, histogramBars, histogramOutline, type RuleKind } from './chart/marks';
export { stackPanels } from './chart/panels';
export { chartSlider, type ChartSliderOptions } from './chart/slider';
export { Field } from './Field';
