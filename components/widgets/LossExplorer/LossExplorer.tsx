'use client';
import { CrossEntropyExplorer, type CrossEntropyExplorerProps } from './CrossEntropyExplorer';
import { RegressionLossExplorer, type RegressionLossExplorerProps } from './RegressionLossExplorer';
import { RegularisationExplorer, type RegularisationExplorerProps } from './RegularisationExplorer';
import { S } from './strings';

/**
 * The loss explorer, shown in three parts next to the sections they illustrate: softmax and
 * cross-entropy, the regression losses, and regularisation. The parts live in this folder (they
 * are not widgets of their own in MDX). Each has its own state and shared link; all carry
 * data-widget="LossExplorer" and data-part.
 */
export type LossExplorerProps =
  | ({ part: 'cross-entropy' } & CrossEntropyExplorerProps)
  | ({ part: 'regression' } & RegressionLossExplorerProps)
  | ({ part: 'regularisation' } & RegularisationExplorerProps);

export const LOSS_EXPLORER_PARTS = ['cross-entropy', 'regression', 'regularisation'] as const;

export function LossExplorer(props: LossExplorerProps) {
  switch (props.part) {
    case 'cross-entropy': {
      const { part: _part, ...rest } = props;
      return <CrossEntropyExplorer {...rest} />;
    }
    case 'regression': {
      const { part: _part, ...rest } = props;
      return <RegressionLossExplorer {...rest} />;
    }
    case 'regularisation': {
      const { part: _part, ...rest } = props;
      return <RegularisationExplorer {...rest} />;
    }
    default:
      return (
        <div role="alert" className="widget-error" data-widget="LossExplorer">
          <p>{S.unknownPart(String((props as { part?: unknown }).part), LOSS_EXPLORER_PARTS)}</p>
        </div>
      );
  }
}
