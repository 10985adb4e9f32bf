export { SpatialIndex } from '../../../../shared/plan/spatial';
