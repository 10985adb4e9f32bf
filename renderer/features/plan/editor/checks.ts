export * from '../../../../shared/plan/checks';
