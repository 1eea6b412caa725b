import { useMemo } from 'react';
import { LiveTex } from '@/components/widgets/shared/LiveTex';
import { convOutputSize } from '@/lib/nn/convArithmetic';
import { axisTex, GENERIC_TEX, span, type AxisNumbers } from './formulaTex';
import { FormulaSection } from '@/components/widgets/shared/stepper/StepperShell';
import { strings } from './strings';
import stepper from '@/components/widgets/shared/stepper/stepper.module.css';
import styles from './ConvolutionStepper.module.css';

interface Props {
  inH: number;
  inW: number;
  kernel: number;
  padding: number;
  stride: number;
  dilation: number;
}

/** Output height and width from the formula, with this widget's numbers, typeset by KaTeX once it
 * has loaded (a plain-text version of the same formula shows until then; see LiveTex). */
export function Formula({ inH, inW, kernel, padding, stride, dilation }: Props) {
  const axes = useMemo(() => {
    const axis = (n: number): AxisNumbers => ({ n, f: kernel, p: padding, s: stride, d: dilation });
    return { height: axis(inH), width: axis(inW) };
  }, [inH, inW, kernel, padding, stride, dilation]);
  const tex = useMemo(
    () => ({ h: axisTex('H', axes.height, strings.doesNotFit), w: axisTex('W', axes.width, strings.doesNotFit) }),
    [axes],
  );
  const notes = (['height', 'width'] as const).flatMap((axis) => {
    const a = axes[axis];
    const out = convOutputSize({ n: a.n, f: a.f, p: a.p, s: a.s, d: a.d });
    return out.ok && out.leftover > 0 ? [strings.notExact(axis, out.leftover, span(a), a.s)] : [];
  });
  return (
    <FormulaSection title={strings.formulaTitle}>
      <LiveTex as="p" className={stepper.math} tex={GENERIC_TEX} />
      <p className={stepper.legend}>{strings.formulaLegend}</p>
      <LiveTex as="p" className={stepper.math} tex={tex.h} />
      <LiveTex as="p" className={stepper.math} tex={tex.w} />
      {notes.map((n) => (
        <p key={n} className={styles.note}>
          {n}
        </p>
      ))}
    </FormulaSection>
  );
}
