/**
 * The three parts' states, each declared in its own folder; gathered here so the widget's one
 * state module lists every schema (the link property tests find them here). No React.
 */
export { schema as crossEntropySchema } from './CrossEntropyExplorer/state';
export { schema as regressionSchema } from './RegressionLossExplorer/state';
export { schema as regularisationSchema } from './RegularisationExplorer/state';
