export { NetworkOverview, type NetworkOverviewProps } from './NetworkOverview';
