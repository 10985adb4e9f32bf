// The plan core's geometry, where the canvas has always found it.
export * from '../../../../shared/plan/geometry';
