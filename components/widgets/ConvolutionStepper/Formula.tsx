import katex from 'katex';
import { useMemo } from 'react';
import { axisTex, GENERIC_TEX, span, type AxisNumbers } from './formulaTex';
import { strings } from './strings';
import styles from './ConvolutionStepper.module.css';

interface Props {
  inH: number;
  inW: number;
  kernel: number;
  padding: number;
  stride: number;
  dilation: number;
}

const render = (tex: string) => katex.renderToString(tex, { throwOnError: false });

/** Output height and width from the formula, with this widget's numbers, rendered by KaTeX. */
export function Formula({ inH, inW, kernel, padding, stride, dilation }: Props) {
  const axes = useMemo(() => {
    const axis = (n: number): AxisNumbers => ({ n, f: kernel, p: padding, s: stride, d: dilation });
    return { height: axis(inH), width: axis(inW) };
  }, [inH, inW, kernel, padding, stride, dilation]);
  const html = useMemo(
    () => ({
      generic: render(GENERIC_TEX),
      h: render(axisTex('H', axes.height, strings.doesNotFit)),
      w: render(axisTex('W', axes.width, strings.doesNotFit)),
    }),
    [axes],
  );
  const notes = (['height', 'width'] as const).flatMap((axis) => {
    const a = axes[axis];
    const top = span(a);
    const leftover = top % a.s;
    return top >= 0 && leftover > 0 ? [strings.notExact(axis, leftover, top, a.s)] : [];
  });
  return (
    <section className={styles.formula} aria-label={strings.formulaTitle}>
      <h4 className={styles.panelTitle}>{strings.formulaTitle}</h4>
      <p className={styles.math} dangerouslySetInnerHTML={{ __html: html.generic }} />
      <p className={styles.legend}>{strings.formulaLegend}</p>
      <p className={styles.math} dangerouslySetInnerHTML={{ __html: html.h }} />
      <p className={styles.math} dangerouslySetInnerHTML={{ __html: html.w }} />
      {notes.map((n) => (
        <p key={n} className={styles.note}>
          {n}
        </p>
      ))}
    </section>
  );
}
